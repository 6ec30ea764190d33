import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { datedRows } from '../changes/table-prior-year-changes';
import { staleRows } from './stale-rows';

// a dairy's key figures: its water row's 2024 cell repeats 2023's, its herd and milk rows do not
const doc = checkDoc(
  'dairy.txt',
  [
    '关键绩效指标',
    '',
    '指标            单位        2024年      2023年',
    '存栏奶牛        头          12,460      11,980',
    '生鲜乳产量      吨         98,310      92,740',
    '新鲜水取水量    万立方米     146.2       146.2',
    '',
  ].join('\n'),
);

describe("a document's rows of this year and the year before", () => {
  const rows = staleRows(doc);
  const labels = (list: readonly { row: { label: string } }[]) => list.map((r) => r.row.label.trim());

  it('sets apart the rows whose latest cell repeats the year before’s from those whose latest cell differs', () => {
    expect(labels(datedRows(doc))).toEqual(['存栏奶牛', '生鲜乳产量', '新鲜水取水量']);
    expect(labels(rows.repeating)).toEqual(['新鲜水取水量']);
    expect(labels(rows.changed)).toEqual(['存栏奶牛', '生鲜乳产量']);
  });

  it('finds a row by its latest or its year-before cell, and is read once per document', () => {
    const milk = datedRows(doc)[1]!;
    expect(rows.byLatest.get(milk.latest.index)).toBe(milk);
    expect(rows.byBefore.get(milk.before.index)).toBe(milk);
    expect(rows.byLatest.get(milk.before.index)).toBeUndefined();
    expect(staleRows(doc)).toBe(rows);
    expect(datedRows(doc)).toBe(datedRows(doc));
    expect(datedRows(doc, true)).toBe(datedRows(doc, true));
  });
});
