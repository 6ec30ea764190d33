// A check's one line, as a key and its values, so that a UI can say it in its own language; the
// English line (`Check.message`, what the CLI prints and the trail records) is made from the same
// key and values, so the two cannot drift. Values are as the report writes them (figures, names);
// what the check itself adds — a figure's qualifier, that it stands in a table, the scale of a
// total — is a term, a code the UI says in its own words (CHECK_TERMS_EN is the English).

import type { Qualifier } from '../domain/figure';

export const CHECK_SAYINGS_EN = {
  'percent.holds': '✓ {{calc}} = {{expected}} %',
  'percent.mismatch': '✗ {{calc}} = {{expected}} %, stated {{stated}} %',
  'multiple.holds': '✓ {{calc}} = {{expected}} times',
  'multiple.mismatch': '✗ {{calc}} = {{expected}} times, stated {{stated}} times',
  'rate.holds': '✓ {{calc}} = {{expected}}',
  'rate.mismatch': '✗ {{calc}} = {{expected}}, stated {{stated}}',
  'sum.holds': '✓ {{calc}} = {{stated}}{{unit}}',
  'sum.mismatch': '✗ {{calc}} = {{expected}}, stated {{stated}}{{unit}}',
  'same.holds': '✓ {{metric}}: {{value}} stated {{count}} times alike',
  'same.differ': '✗ {{metric}}: {{a}}{{aQualifier}} ({{aDoc}}{{aPlace}}) vs {{b}}{{bQualifier}} ({{bDoc}}{{bPlace}})',
  'same.scale': '✗ {{metric}}: {{a}}{{aQualifier}} ({{aDoc}}{{aPlace}}) vs {{b}}{{bQualifier}} ({{bDoc}}{{bPlace}}), a scale slip',
  'same.qualifier': '✗ {{metric}}: {{a}}{{aQualifier}} ({{aDoc}}{{aPlace}}) vs {{b}}{{bQualifier}} ({{bDoc}}{{bPlace}}), qualified differently',
  'same.direction': '✗ {{metric}}: {{a}} ({{aDoc}}) vs {{b}} ({{bDoc}}), one change said both ways',
  'implied.holds': '✓ {{count}} shares of the {{whole}} imply one total of about {{total}}{{scale}} ({{range}}{{scale}})',
  'implied.mismatch': '✗ {{count}} shares of the {{whole}} imply different totals: {{range}}{{scale}}',
  'translation.qualifier': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: qualified the opposite way in translation',
  'translation.exact-bound': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: qualified the opposite way in translation; the exact {{exact}} contradicts {{wrong}}{{wrongQualifier}}',
  'translation.nearly': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: "nearly" in one language only',
  'translation.bound': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: a bound in one language only',
  'translation.scale': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: a scale slip in translation',
  'translation.value': '✗ {{zh}}{{zhQualifier}} (Chinese) vs {{en}}{{enQualifier}} (English) in {{doc}}: a different value in translation',
  'translation.direction': '✗ {{zh}} (Chinese) vs {{en}} (English) in {{doc}}: the change said the other way in translation',
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
  const said: Record<string, string | CheckTerm> = {};
  for (const name of Object.keys(values)) {
    const value = values[name]!;
    said[name] = typeof value === 'object' ? value : String(value);
  }
  // the template's words and value names alternate: `✓ {{calc}} = {{expected}} %` is ['✓ ', 'calc', ' = ', 'expected', ' %']
  const parts = TEMPLATE_PARTS[key];
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = said[parts[i]!];
    message += (value === undefined ? '' : typeof value === 'string' ? value : termEn(value)) + parts[i + 1]!;
  }
  return { says: { key, values: said }, message };
}

const TEMPLATE_PARTS = Object.fromEntries(
  Object.entries(CHECK_SAYINGS_EN).map(([key, template]) => [key, template.split(/\{\{(\w+)\}\}/)]),
) as Record<CheckSayingKey, string[]>;

/** Which values of a line are terms, by their name in the templates; every other value is the report's own words. */
const TERM_SLOTS: Readonly<Record<string, keyof Terms>> = {
  aQualifier: 'qualifier',
  bQualifier: 'qualifier',
  zhQualifier: 'qualifier',
  enQualifier: 'qualifier',
  aPlace: 'place',
  bPlace: 'place',
  scale: 'scale',
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template read backwards: its words fixed, each value a group (a term one of its English words), a value named twice the same. */
function templateReader(key: CheckSayingKey): { key: CheckSayingKey; pattern: RegExp; fixed: number } {
  const seen = new Set<string>();
  const parts = CHECK_SAYINGS_EN[key].split(/\{\{(\w+)\}\}/);
  const source = parts.map((part, i) => {
    if (i % 2 === 0) return escaped(part);
    if (seen.has(part)) return `\\k<${part}>`;
    seen.add(part);
    const term = TERM_SLOTS[part];
    const words = term ? Object.values(CHECK_TERMS_EN[term] as Record<string, string>).sort((a, b) => b.length - a.length) : undefined;
    return `(?<${part}>${words ? words.map(escaped).join('|') : '[^]*?'})`;
  });
  const fixed = parts.filter((_, i) => i % 2 === 0).join('').length;
  return { key, pattern: new RegExp(`^${source.join('')}$`, 'u'), fixed };
}

/** The most specific template first: `= 5 %` reads as a percentage before it reads as a sum whose unit is `%`. */
const READERS = (Object.keys(CHECK_SAYINGS_EN) as CheckSayingKey[]).map(templateReader).sort((a, b) => b.fixed - a.fixed);

/**
 * A check's English line (`Check.message`, as the CLI prints it and the trail records it) read back
 * into a saying whose English line is that very line; null for a line no template makes.
 */
export function readSaying(line: string): CheckSaying | null {
  for (const { key, pattern } of READERS) {
    const groups = pattern.exec(line)?.groups;
    if (!groups) continue;
    const values = Object.fromEntries(
      Object.entries(groups).map(([name, value]) => {
        const term = TERM_SLOTS[name];
        if (!term) return [name, value];
        const code = Object.entries(CHECK_TERMS_EN[term]).find(([, english]) => english === value)![0];
        return [name, { term, code } as CheckTerm];
      }),
    );
    return { key, values };
  }
  return null;
}
