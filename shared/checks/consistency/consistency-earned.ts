// An amount a thing `earned` is that thing's revenue: `exports earned RMB4.86 billion`, `and our hotels earned
// EUR 12.4 million`. Its metric is the thing and the verb; the table row that restates it names the revenue
// (`Export revenue  RMB million  486.0`), so the verb is read as that word. An amount the year closed with is of
// what it names after `with` (`We closed FY2024-25 with revenue of ₹300.00 crore`: revenue).

/** A metric ending in what earned the amount and `earned`, a conjunction or `our` before it (`and exports earned`). */
const EARNED = /^(?:(?:and|but|while|whereas)\s+)?(?:(?:our|its|their|the)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+earned$/i;

/** The words of an amount a thing earned (`exports earned`): the thing's and `revenue` (`export revenue`); else undefined. */
export function earnedWords(metric: string | undefined): string | undefined {
  const thing = metric === undefined ? undefined : EARNED.exec(metric.trim())?.[1];
  return thing === undefined ? undefined : `${thing} revenue`;
}

/** `We closed FY2024-25 with revenue`, `we ended the year with net cash`: what the year closed with. */
const CLOSED_WITH = /^we\s+(?:closed|ended|finished)\b[^,;]{0,30}?\bwith\s+(?:(?:a|an|our|total)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})$/i;

/** The words of an amount the year closed with (`We closed FY2024-25 with revenue`: `revenue`); else undefined. */
export const closedWithWords = (metric: string | undefined): string | undefined => (metric === undefined ? undefined : CLOSED_WITH.exec(metric.trim())?.[1]);
