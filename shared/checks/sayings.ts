// A check's one line, as a key and its values, so that a UI can say it in its own language; the
// English line (`Check.message`, what the CLI prints and the trail records) is made from the same
// key and values, so the two cannot drift. Values are as the report writes them (figures, names);
// what the check itself adds — a figure's qualifier, that it stands in a table, the scale of a
// total — is a term, a code the UI says in its own words (CHECK_TERMS_EN is the English).

import type { Qualifier } from '../domain/figure';

export const CHECK_SAYINGS_EN = {
  'percent.holds': '✓ {{calc}} = {{expected}} %',
  'percent.mismatch': '✗ {{calc}} = {{expected}} %, stated {{stated}} %',
  'sum.holds': '✓ {{calc}} = {{stated}}{{unit}}',
  'sum.mismatch': '✗ {{calc}} = {{expected}}, stated {{stated}}{{unit}}',
  'same.holds': '✓ {{metric}}: {{value}} stated {{count}} times alike',
  'same.differ': '✗ {{metric}}: {{a}}{{aQualifier}} ({{aDoc}}{{aPlace}}) vs {{b}}{{bQualifier}} ({{bDoc}}{{bPlace}})',
  'same.scale': '✗ {{metric}}: {{a}}{{aQualifier}} ({{aDoc}}{{aPlace}}) vs {{b}}{{bQualifier}} ({{bDoc}}{{bPlace}}), a scale slip',
  'same.qualifier': '✗ {{metric}}: {{a}}{{aQualifier}} ({{aDoc}}{{aPlace}}) vs {{b}}{{bQualifier}} ({{bDoc}}{{bPlace}}), qualified differently',
  'implied.holds': '✓ {{count}} shares of the {{whole}} imply one total of about {{total}}{{scale}} ({{range}}{{scale}})',
  'implied.mismatch': '✗ {{count}} shares of the {{whole}} imply different totals: {{range}}{{scale}}',
  'translation.qualifier': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: qualified the opposite way in translation',
  'translation.scale': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: a scale slip in translation',
  'translation.value': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: a different value in translation',
} as const;

/** The terms a check adds to a line, by code, in English (an exact figure, a figure in running text and an unscaled total add nothing). */
export const CHECK_TERMS_EN = {
  qualifier: { exact: '', over: ' [over]', nearly: ' [nearly]', about: ' [about]', under: ' [under]', up_to: ' [up_to]' } satisfies Record<Qualifier, string>,
  place: { text: '', table: ', table' },
  scale: { one: '', million: ' million' },
} as const;

export type CheckSayingKey = keyof typeof CHECK_SAYINGS_EN;
type Terms = typeof CHECK_TERMS_EN;
/** A term of a line: what it is and its code (`{ term: 'qualifier', code: 'nearly' }`). */
export type CheckTerm = { [T in keyof Terms]: { term: T; code: keyof Terms[T] & string } }[keyof Terms];

export interface CheckSaying {
  key: CheckSayingKey;
  values: Record<string, string | CheckTerm>;
}

export const qualifierTerm = (code: Qualifier): CheckTerm => ({ term: 'qualifier', code });
export const placeTerm = (inTable: boolean): CheckTerm => ({ term: 'place', code: inTable ? 'table' : 'text' });
export const scaleTerm = (code: keyof Terms['scale']): CheckTerm => ({ term: 'scale', code });

/** A term in English. */
export const termEn = ({ term, code }: CheckTerm): string => (CHECK_TERMS_EN[term] as Record<string, string>)[code] ?? '';

/** The saying and its English line. */
export function saying(key: CheckSayingKey, values: Record<string, string | number | CheckTerm>): { says: CheckSaying; message: string } {
  const said = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value : String(value)]));
  const english = (name: string) => {
    const value = said[name];
    return value === undefined ? '' : typeof value === 'string' ? value : termEn(value);
  };
  const message = CHECK_SAYINGS_EN[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => english(name));
  return { says: { key, values: said }, message };
}
