/**
 * A fresh id for one action. `crypto.randomUUID` exists only in secure contexts (https or
 * localhost); a phone trying the dev server over a LAN address has only getRandomValues.
 */
export function newActionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
