// A check's one line, as a key and its values, so that a UI can say it in its own language; the
// English line (`Check.message`, what the CLI prints and the trail records) is made from the same
// key and values, so the two cannot drift. Values are as the report writes them (figures, names).

export const CHECK_SAYINGS_EN = {
  'percent.holds': '✓ {{calc}} = {{expected}} %',
  'percent.mismatch': '✗ {{calc}} = {{expected}} %, stated {{stated}} %',
  'sum.holds': '✓ {{calc}} = {{stated}}{{unit}}',
  'sum.mismatch': '✗ {{calc}} = {{expected}}, stated {{stated}}{{unit}}',
  'same.holds': '✓ {{metric}}: {{value}} stated {{count}} times alike',
  'same.differ': '✗ {{metric}}: {{a}} vs {{b}}',
  'same.scale': '✗ {{metric}}: {{a}} vs {{b}}, a scale slip',
  'same.qualifier': '✗ {{metric}}: {{a}} vs {{b}}, qualified differently',
  'implied.holds': '✓ {{count}} shares of the {{whole}} imply one total of about {{total}} ({{range}})',
  'implied.mismatch': '✗ {{count}} shares of the {{whole}} imply different totals: {{range}}',
  'translation.qualifier': '✗ {{zh}} (Chinese) vs {{en}} (English) in {{doc}}: qualified the opposite way in translation',
  'translation.scale': '✗ {{zh}} (Chinese) vs {{en}} (English) in {{doc}}: a scale slip in translation',
  'translation.value': '✗ {{zh}} (Chinese) vs {{en}} (English) in {{doc}}: a different value in translation',
} as const;

export type CheckSayingKey = keyof typeof CHECK_SAYINGS_EN;

export interface CheckSaying {
  key: CheckSayingKey;
  values: Record<string, string>;
}

/** The saying and its English line. */
export function saying(key: CheckSayingKey, values: Record<string, string | number>): { says: CheckSaying; message: string } {
  const strings = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  const message = CHECK_SAYINGS_EN[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => strings[name] ?? '');
  return { says: { key, values: strings }, message };
}
