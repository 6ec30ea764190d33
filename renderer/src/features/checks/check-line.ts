// A check's line in the UI's language, from its key and values (shared/checks/sayings.ts): the
// report's own words as they are, the terms the check adds (a qualifier, "in a table", a scale)
// said from the catalogue's `checkTerms`. The English catalogue holds the same templates and terms
// as the line the CLI prints and the trail records (check-line.test.ts holds them equal).
import type { TFunction } from 'i18next';
import type { Check } from '../../../../shared/checks/types';

/** `t` for a key chosen at run time: each saying's values are its template's, checked by the test, not by the type. */
type LooseT = (key: string, values?: Record<string, string>) => string;

export function checkLine(t: TFunction, check: Pick<Check, 'says'>): string {
  const say = t as unknown as LooseT;
  const values = Object.fromEntries(
    Object.entries(check.says.values).map(([name, value]) => [name, typeof value === 'string' ? value : say(`checkTerms.${value.term}.${value.code}`)]),
  );
  return say(`checkSays.${check.says.key}`, values);
}
