import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks/index';
import { CHECK_SAYINGS_EN, CHECK_TERMS_EN } from '../../../../shared/checks/sayings';
import type { Check } from '../../../../shared/checks/types';
import { describeFigures } from '../../../../shared/metrics/index';
import { extractFigures } from '../../../../shared/extraction';
import en from '../../locales/en.json';
import zh from '../../locales/zh-CN.json';
import { i18next } from '../../i18n/i18n';
import { checkLine } from './check-line';

const catalogue = (json: { checkSays: Record<string, Record<string, string>> }) =>
  Object.fromEntries(Object.entries(json.checkSays).flatMap(([group, lines]) => Object.entries(lines).map(([name, line]) => [`${group}.${name}`, line])));

const far = '\n\n' + 'The rest of this report describes the governance of the company.\n\n'.repeat(20);
const documents = [
  {
    name: 'report.txt',
    text: [
      '总排放量为1324.9万吨。其中范围一92.7万吨，范围二444.5万吨，范围三787.7万吨。',
      'Of the 1,030 employees of the plant, 412 employees are women, a share of 45%.',
      // shares of one whole: an implied total in millions
      'Among them, 694 million Internet users, or 76.8% of the total internet users, had access to online public services. The number of online payment users reached 768 million, accounting for 85.0% of the total internet users.',
      // a restatement qualified differently
      `In 2021 the platform helped nearly 300 million rural consumers buy farm produce.${far}In 2021 the platform helped 300 million rural consumers buy farm produce.`,
    ].join('\n'),
  },
  // the same metric in a table of another document
  { name: 'workbook.txt', text: 'Indicator\tValue\tUnit\nOnline payment users\t765\tmillion\n' },
];

function engagementChecks(): Check[] {
  return runChecks(documents.map(({ name, text }) => ({ name, text, figures: describeFigures(text, extractFigures(text)) })));
}

/** A line with the report's own words (figures, names, metrics) taken out: what the catalogue and its terms said. */
const ownWords = (line: string, check: Check) =>
  Object.values(check.says.values)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((rest, value) => rest.split(value).join(' '), line);

describe("a check's line", () => {
  it('has the same English templates and terms in the catalogue as the line the CLI prints', () => {
    expect(catalogue(en)).toEqual(CHECK_SAYINGS_EN);
    expect(en.checkTerms).toEqual(CHECK_TERMS_EN);
    expect(Object.keys(catalogue(zh)).sort()).toEqual(Object.keys(CHECK_SAYINGS_EN).sort());
  });

  it('reads in English as its message, terms included (a qualifier, a table, a scale)', async () => {
    const checks = engagementChecks();
    const messages = checks.map((check) => check.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^✓ 2 shares of the total internet users imply one total of about [\d.,]+ million \([\d.,]+–[\d.,]+ million\)$/),
        expect.stringMatching(/ \[nearly\] \(report\.txt\) vs .*qualified differently$/),
        expect.stringMatching(/\(workbook\.txt, table\)$/),
      ]),
    );
    await i18next.changeLanguage('en');
    for (const check of checks) expect(checkLine(i18next.t, check)).toBe(check.message);
  });

  it('reads in Chinese with no English word of its own, only the report’s', async () => {
    const checks = engagementChecks();
    await i18next.changeLanguage('zh-CN');
    try {
      const lines = checks.map((check) => checkLine(i18next.t, check));
      for (const [i, line] of lines.entries()) expect(ownWords(line, checks[i]!), line).not.toMatch(/[a-z]{2,}/i);
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/报告为 45 %$/),
          expect.stringMatching(/^✓ total internet users的 2 个占比推算出同一总数，约 [\d.,]+ 百万（[\d.,]+–[\d.,]+ 百万）$/),
          expect.stringMatching(/：近 300 million（report\.txt）与 300 million（report\.txt）不一致，限定词不同$/),
          expect.stringMatching(/（workbook\.txt，表格内）不一致$/),
        ]),
      );
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
