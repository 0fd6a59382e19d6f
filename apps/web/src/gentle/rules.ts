import type { Rule } from "./rule";
import { absoluteRules } from "./rules-absolute";
import { blameRules } from "./rules-blame";
import { contemptRules } from "./rules-contempt";
import { dismissalRules } from "./rules-dismissal";
import { labelRules } from "./rules-label";

/** Every rule, by kind. To add one, add a line to the table for its kind. */
export const rules: readonly Rule[] = [
  ...absoluteRules,
  ...blameRules,
  ...labelRules,
  ...contemptRules,
  ...dismissalRules,
];
