import { z } from "zod";

/** A client-made id for one action; a retry reuses it so the action takes effect once. */
export const actionIdSchema = z
  .string({ error: "Every action needs an actionId." })
  .min(8, { error: "An actionId has 8 to 64 characters." })
  .max(64, { error: "An actionId has 8 to 64 characters." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "An actionId uses letters, digits, '-' and '_'." });
