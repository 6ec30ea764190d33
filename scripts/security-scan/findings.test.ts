import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithAllowList, findingsFromSarif, parseAllowList, type Finding } from './findings';

const result = (ruleId: string, uri: string, line: number, text: string, level = 'warning') => ({
  ruleId,
  level,
  message: { text },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: 1, charLength: 0 } } }],
});
const sarif = (...results: unknown[]) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity' } }, results }] });

const finding = (rule: string, file: string | null, line = 1): Finding => ({ rule, file, line, message: `${rule} message`, level: 'warning' });
const allowed = (rule: string, file: string | null) => ({ rule, file, message: `${rule} message`, reason: 'reviewed, and here is exactly why' });

describe('findingsFromSarif', () => {
  it('reads each result; the file:/// of a global check is the app as a whole', () => {
    const read = findingsFromSarif(
      sarif(result('CSP_GLOBAL_CHECK', 'file:///', 1, 'No CSP'), result('PRELOAD_JS_CHECK', 'electron/main/main.ts', 36, 'Review the use of preload scripts', 'note')),
    );
    expect(read).toEqual({
      ok: true,
      value: [
        { rule: 'CSP_GLOBAL_CHECK', file: null, line: 1, message: 'No CSP', level: 'warning' },
        { rule: 'PRELOAD_JS_CHECK', file: 'electron/main/main.ts', line: 36, message: 'Review the use of preload scripts', level: 'note' },
      ],
    });
  });

  it.each([{}, { runs: [] }, sarif({ ruleId: 'X', level: 'warning', message: { text: 'm' }, locations: [] }), 'report'])('refuses %j', (input) => {
    expect(findingsFromSarif(input)).toMatchObject({ ok: false, error: expect.stringContaining('not an Electronegativity SARIF report') });
  });
});

describe('compareWithAllowList', () => {
  it('allows a listed finding wherever its line moves, and nothing else', () => {
    const { unexpected, stale } = compareWithAllowList(
      [finding('PRELOAD_JS_CHECK', 'electron/main/main.ts', 90), finding('PRELOAD_JS_CHECK', 'electron/main/other.ts'), finding('SANDBOX_JS_CHECK', 'electron/main/main.ts')],
      [allowed('PRELOAD_JS_CHECK', 'electron/main/main.ts')],
    );
    expect(unexpected.map((f) => `${f.rule} ${f.file}`)).toEqual(['PRELOAD_JS_CHECK electron/main/other.ts', 'SANDBOX_JS_CHECK electron/main/main.ts']);
    expect(stale).toEqual([]);
  });

  it('tells apart a global finding from one in a file, and another message of the same check', () => {
    const weak = { ...finding('CSP_GLOBAL_CHECK', null), message: 'One or more CSP directives detected seems to be vulnerable' };
    expect(compareWithAllowList([weak, finding('CSP_GLOBAL_CHECK', 'index.html')], [allowed('CSP_GLOBAL_CHECK', null)]).unexpected).toHaveLength(2);
  });

  it('reports entries nothing matches any more', () => {
    expect(compareWithAllowList([], [allowed('AUXCLICK_JS_CHECK', 'electron/main/main.ts')]).stale).toEqual([allowed('AUXCLICK_JS_CHECK', 'electron/main/main.ts')]);
  });
});

describe('parseAllowList', () => {
  it('accepts the checked-in list', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('./allowed-findings.json', import.meta.url), 'utf8'));
    expect(parseAllowList(json).ok).toBe(true);
  });

  it('refuses an entry without a reason', () => {
    expect(parseAllowList([{ rule: 'PRELOAD_JS_CHECK', file: 'main.ts', message: 'Review', reason: ' ' }])).toMatchObject({ ok: false, error: expect.stringContaining('say why') });
  });
});
