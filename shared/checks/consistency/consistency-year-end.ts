// The day a report's year ends, when not 31 December: its cover or opening says it (`Sustainability Report for the year to
// 31 March 2025`, `This report covers the year from 1 July 2023 to 30 June 2024 (FY2024)`, `Annual Report for the year ended
// 30 June 2024`). Its tables head the year otherwise (`2024/25`, `FY2024`), so a running-text figure dated that day (`We employed
// 684 people at 31 March 2025`, `At 30 June 2024 we had 4,740 berths`) is of the report's year as an undated one is: its date
// names no other period than the columns' current year, though the two are written apart (March 2025 and 2024/25, June 2024 and
// FY2024). Read once per document, from its opening.

import { periodKey, type PeriodKey } from '../../metrics/index';
import { type CheckDocument } from '../types';

/** How far into a report its cover and its `About this report` run. */
const OPENING_REACH = 2000;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A year said by the day it ends (`year to 31 March 2025`, `year ended 30 June 2024`, `financial year 1 April 2024 to 31 March 2025`). */
const YEAR_ENDING = new RegExp(
  String.raw`\b(?:year|period|months)\s+(?:(?:ended|ending|to)\s+(?:on\s+)?|(?:from\s+)?\d{1,2}\s+${MONTH}\s+(?:19|20)\d{2}\s+to\s+)(\d{1,2}\s+${MONTH}\s+(?:19|20)\d{2})\b`,
  'i',
);

const ends = new WeakMap<CheckDocument, PeriodKey | null>();

/** The day the document's year ends, when its opening says one that is not 31 December. */
export function yearEnd(doc: CheckDocument): PeriodKey | undefined {
  let end = ends.get(doc);
  if (end === undefined) {
    const m = YEAR_ENDING.exec(doc.text.slice(0, OPENING_REACH));
    const key = m ? periodKey(m[1]!) : undefined;
    end = key && key.month !== undefined && key.month !== 12 ? key : null;
    ends.set(doc, end);
  }
  return end ?? undefined;
}

/** A period that is the day (or the month) the document's year ends: the report's year, as its columns head it. */
export function atYearEnd(doc: CheckDocument, period: PeriodKey | string | undefined): boolean {
  if (typeof period !== 'object' || period.fiscal || period.month === undefined) return false;
  const end = yearEnd(doc);
  return end !== undefined && period.year === end.year && period.month === end.month && (period.day === undefined || period.day === end.day);
}
