/** Length limits on every text a person writes, in characters (after trimming). */
export const limits = {
  topic: 120,
  displayName: 40,
} as const;

/** Room ids: 128 random bits, base64url. Seat tokens: 256 random bits, base64url. */
export const roomIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const seatTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Limits on what partners write during a session. */
export const textLimits = {
  checkInNote: 300,
  statementPart: 1000,
  reflectionPart: 1000,
  clarification: 1000,
  intentionPart: 600,
  draftSection: 2000,
  nextStepWhat: 300,
  appreciation: 500,
  observerNote: 2000,
} as const;

/** How many of a thing a person may add. */
export const countLimits = {
  feelingsMin: 1,
  feelingsMax: 3,
  nextSteps: 12,
  reflectionTries: 3,
} as const;
