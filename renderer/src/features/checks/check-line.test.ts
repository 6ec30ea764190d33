import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks/index';
import { CHECK_SAYINGS_EN, type CheckSayingKey } from '../../../../shared/checks/sayings';
import { describeFigures } from '../../../../shared/metrics/index';
import { extractFigures } from '../../../../shared/extraction';
import en from '../../locales/en.json';
import zh from '../../locales/zh-CN.json';
import { i18next } from '../../i18n/i18n';
import { checkLine } from './check-line';

const catalogue = (json: { checkSays: Record<string, Record<string, string>> }) =>
  Object.fromEntries(Object.entries(json.checkSays).flatMap(([group, lines]) => Object.entries(lines).map(([name, line]) => [`${group}.${name}`, line])));

const text = [
  '总排放量为1324.9万吨。其中范围一92.7万吨，范围二444.5万吨，范围三787.7万吨。',
  'Of the 1,030 employees of the plant, 412 employees are women, a share of 45%.',
].join('\n');

describe("a check's line", () => {
  it('has the same English templates in the catalogue as the line the CLI prints', () => {
    expect(catalogue(en)).toEqual(CHECK_SAYINGS_EN);
    expect(Object.keys(catalogue(zh)).sort()).toEqual(Object.keys(CHECK_SAYINGS_EN).sort());
  });

  it('reads in English as its message, and in Chinese from the Chinese catalogue', async () => {
    const checks = runChecks([{ name: 'report.txt', text, figures: describeFigures(text, extractFigures(text)) }]);
    expect(checks.map((check) => check.kind)).toEqual(expect.arrayContaining(['sum', 'ratio']));
    await i18next.changeLanguage('en');
    for (const check of checks) expect(checkLine(i18next.t, check)).toBe(check.message);
    await i18next.changeLanguage('zh-CN');
    const mismatch = checks.find((check) => !check.holds && check.says.key === ('percent.mismatch' satisfies CheckSayingKey));
    expect(mismatch && checkLine(i18next.t, mismatch)).toMatch(/报告为 45 %$/);
    await i18next.changeLanguage('en');
  });
});
