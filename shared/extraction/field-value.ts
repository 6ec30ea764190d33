import { codeAt as code, isNewlineCode } from './normalize';

// Questionnaire answers and data sheets state a figure as the value of a `Label: value` line
// (`Gross global Scope 1 emissions (metric tons CO2e): 48,213`, `% change from previous year: 18`).
// The number ends its line, so the next line is the next field, not its noun; a bare one is still
// stated; and a label that opens with `%` makes it a percentage.

const MAX_LABEL = 160;

/** Whether only a colon (and spaces) stands between the label and the number at `start`. */
export function afterFieldColon(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && code(text, k) === 0x20) k--;
  return code(text, k) === 0x3a || code(text, k) === 0xff1a;
}

/** Whether `[start, end)` is the whole value of a `Label: value` line. */
export function isFieldValue(text: string, start: number, end: number): boolean {
  if (!afterFieldColon(text, start)) return false;
  let k = end;
  while (k < text.length && code(text, k) === 0x20) k++;
  return k >= text.length || isNewlineCode(code(text, k));
}

/** `% change from previous year: 18`: a field whose label opens with a percent sign states a percentage. */
export function percentField(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - MAX_LABEL && !isNewlineCode(code(text, k))) k--;
  let s = k + 1;
  while (code(text, s) === 0x20) s++;
  return code(text, s) === 0x25;
}
