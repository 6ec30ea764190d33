import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { figureId, type FigureId } from '../readers/figure-places';
import { restatementChecks } from './restatements';

const far = '\n\n' + 'Our branches served their communities through the year. '.repeat(12) + '\n\n';

describe('a figure whose digit slip is already told against its own metric', () => {
  const doc = checkDoc(
    'bank.txt',
    `Chair's letter\nGreen loans reached £514.2 million at the year end.${far}Sustainable finance\nGreen loans stood at £541.2 million at the year end. Renewable energy loans were £154.2 million of them.`,
  );
  const id = (text: string) => figureId(doc.name, doc.figures.find((f) => f.text.includes(text))!.start);
  const values = (flagged: Set<FigureId>) => restatementChecks([doc], flagged).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

  it('meets a third figure of the same digits by coincidence: no second slip against it', () => {
    // 514.2 already reported against 541.2, both green loans: renewable energy loans' 154.2 is another amount
    expect(values(new Set([id('514.2'), id('541.2')]))).toEqual([]);
  });

  it('is still paired when nothing told its slip', () => {
    expect(values(new Set()).length).toBeGreaterThan(0);
  });
});
