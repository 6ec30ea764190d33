// A check's line in the UI's language, from its key and values (shared/checks/sayings.ts); the
// English catalogue holds the same templates as the line the CLI prints and the trail records
// (check-line.test.ts holds them equal).
import type { TFunction } from 'i18next';
import type { Check } from '../../../../shared/checks/types';

/** `t` for a key chosen at run time: each saying's values are its template's, checked by the test, not by the type. */
type LooseT = (key: string, values: Record<string, string>) => string;

export const checkLine = (t: TFunction, check: Pick<Check, 'says'>): string => (t as unknown as LooseT)(`checkSays.${check.says.key}`, check.says.values);
