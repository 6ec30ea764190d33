import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { stepOf } from './precision';
import { readTextRestatedSteps } from './text-restated-steps';

// a cement maker's report: the letter's shipments to the ten thousand tonnes, the section's same figure in thousands
const REPORT = [
  "Chairman's letter",
  '',
  'In 2024 we shipped 10.00 million tonnes of cement, the most in our history.',
  '',
  '2. Operations',
  '',
  'Our plants shipped 10,000 thousand tonnes in 2024, and exports reached 3,000 thousand tonnes.',
].join('\n');

const stepAt = (said: string) => {
  const doc = checkDoc('report.txt', REPORT);
  readTextRestatedSteps(doc);
  return stepOf(doc.figures.find((f) => f.text.startsWith(said))!);
};

describe('a round figure of running text said again more finely', () => {
  it("reads `10,000 thousand tonnes` to the letter's step (`10.00 million`: to the ten thousand, not 5 to 15 million)", () => {
    expect(stepAt('10,000')).toBe(10_000);
  });

  it('leaves a round figure said once as rounded', () => {
    expect(stepAt('3,000')).toBe(1_000_000);
  });
});

describe('a share of a round figure said again more finely', () => {
  const shares = (share: string) =>
    checksOf('ratio', REPORT.replace('and exports reached 3,000 thousand tonnes.', `of which 2,130 thousand tonnes, ${share}, went abroad.`)).filter((c) => c.stated === Number(share.replace('%', '')));

  it('holds at what the two give', () => {
    expect(shares('21.3%').map((c) => c.holds)).toEqual([true]);
  });

  it('is a mismatch its round reading would have let hold', () => {
    expect(shares('30.0%').map((c) => c.holds)).toEqual([false]);
  });
});
