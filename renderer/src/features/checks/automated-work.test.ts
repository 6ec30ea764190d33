import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks/index';
import { readSaying } from '../../../../shared/checks/sayings';
import type { Check } from '../../../../shared/checks/types';
import { extractFigures } from '../../../../shared/extraction';
import { describeFigures } from '../../../../shared/metrics/index';
import { i18next } from '../../i18n/i18n';
import { automatedWork, automatedWorkText, readAutomatedWork, recordedNoteText } from './automated-work';
import { checkLine } from './check-line';

// Every check the app makes of the held-out report passages and the checks' blind engagements, recorded as automated work and read
// back: the same values, the same English, and in Chinese no word but the report's own and the rule.

const PASSAGES = import.meta.glob<string>('../../../../shared/extraction/__fixtures__/generalisation/text/*.txt', { query: '?raw', import: 'default', eager: true });
const BLIND = import.meta.glob<string>('../../../../shared/checks/answer-key/blind/b[123]/*.txt', { query: '?raw', import: 'default', eager: true });

/** Texts by their path, as the documents the checks read. */
const documents = (texts: Record<string, string>) =>
  Object.entries(texts).map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text, figures: describeFigures(text, extractFigures(text)) }));
const batchOf = (path: string) => /blind\/(b\d)\//.exec(path)![1]!;
// Each held-out passage alone, and each blind batch of the checks' answer key as one engagement (its restatements and translations).
const checks: Check[] = [
  ...documents(PASSAGES).flatMap((document) => runChecks([document])),
  ...['b1', 'b2', 'b3'].flatMap((batch) => runChecks(documents(Object.fromEntries(Object.entries(BLIND).filter(([path]) => batchOf(path) === batch))))),
];

const t = () => i18next.t.bind(i18next);
afterEach(() => i18next.changeLanguage('en'));

/** `text` without the report's own words (the saying's values), Tickmark's name and the recorded numbers. */
const uiWords = (text: string, check: Check) =>
  [...Object.values(check.says.values).filter((value): value is string => typeof value === 'string' && value !== ''), 'Tickmark', check.rule]
    .sort((a, b) => b.length - a.length)
    .reduce((rest, value) => rest.split(value).join(' '), text);

describe('automated work as the trail records it', () => {
  it('is recorded in the very words of today (sealed trails read it back as they are)', () => {
    const sum = { rule: 'sum.scoped-parts', message: '✓ 92.7 + 444.5 + 787.7 = 1,324.9 万吨', expected: 13_249_000, stated: 13_249_000 };
    expect(automatedWork(sum)).toBe('Automated check by Tickmark 0.1.0, rule sum.scoped-parts: ✓ 92.7 + 444.5 + 787.7 = 1,324.9 万吨 (expected 13249000, stated 13249000)');
    expect(automatedWork({ ...sum, stated: undefined, expected: 0.4 })).toBe('Automated check by Tickmark 0.1.0, rule sum.scoped-parts: ✓ 92.7 + 444.5 + 787.7 = 1,324.9 万吨 (expected 0.4)');
    const pair = { rule: 'consistency.same-metric', message: '✗ users: 398 million (a.pdf) vs 389 million (a.pdf, table)' };
    expect(automatedWork(pair)).toBe('Automated check by Tickmark 0.1.0, rule consistency.same-metric: ✗ users: 398 million (a.pdf) vs 389 million (a.pdf, table)');
  });

  it('reads back every check of the report passages: its rule, line and numbers', () => {
    expect(checks.length).toBeGreaterThan(20);
    expect(new Set(checks.map((check) => check.says.key)).size).toBeGreaterThan(7);
    for (const check of checks) {
      expect(readAutomatedWork(automatedWork(check))).toEqual({ version: '0.1.0', rule: check.rule, message: check.message, expected: check.expected, stated: check.stated });
    }
  });

  it('says every check of the report passages in English exactly as recorded, and in Chinese as the check itself says it', async () => {
    for (const check of checks) {
      const evidence = automatedWork(check);
      const english = automatedWorkText(t(), evidence)!;
      expect(`${english.before} ${english.rule}${english.after}`).toBe(evidence);
    }
    await i18next.changeLanguage('zh-CN');
    for (const check of checks) {
      const chinese = automatedWorkText(t(), automatedWork(check))!;
      expect(checkLine(t(), { says: chinese.says })).toBe(checkLine(t(), check));
      expect(chinese.rule).toBe(check.rule);
      const said = `${chinese.before}${chinese.after}`;
      expect(said).toContain(checkLine(t(), check));
      expect(uiWords(said, check), said).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('reads a line no template makes, or evidence of another kind, as nothing of its own', () => {
    expect(readSaying('✓ something else entirely')).toBeNull();
    expect(readAutomatedWork('report.pdf p. 12')).toBeNull();
    expect(readAutomatedWork('Automated check by Tickmark 0.1.0, rule x: ✓ 1 + 2 = 3 (expected 03)')).toBeNull();
    expect(automatedWorkText(t(), 'Automated check by Tickmark 0.1.0, rule x: not a check line')).toBeNull();
  });

  it('says the note relying on a check records in Chinese, and a note the auditor wrote as written', async () => {
    const check = checks.find((c) => c.holds)!;
    await i18next.changeLanguage('zh-CN');
    expect(recordedNoteText(t(), check.message, automatedWork(check))).toBe(checkLine(t(), check));
    expect(recordedNoteText(t(), check.message, undefined)).toBe(check.message);
    expect(recordedNoteText(t(), 'Matches the KPI table', automatedWork(check))).toBe('Matches the KPI table');
  });
});
