import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { runChecks } from '../index';

// a bus operator's report: Table 1's Total misprints what its cells add up to, which the text and the key figures say
const report = (total: string) =>
  [
    '1. Our year',
    '',
    "Managing Director's review: revenue of GBP 48.6 million, and a full timetable again on every route.",
    '',
    'Revenue was GBP 48,620 thousand in 2024, up 6.1% on 2023, as concessionary fares returned to their levels before the pandemic.',
    '',
    'Table 1: Revenue by service (GBP thousand)',
    '',
    'Service                      2024        2023',
    'Commercial routes          21,340      20,110',
    'Tendered routes            15,860      15,020',
    'of which evening services   2,140       1,960',
    'School and college          7,940       7,480',
    'Private hire                3,480       3,220',
    `Total                      ${total}      45,830`,
    '',
    'Key figures                  Unit              2024        2023',
    'Revenue                      GBP thousand    48,620      45,830',
    'Vehicles in service          number             612         598',
    '',
  ].join('\n');

const RULE = 'consistency.slipped-total-said-elsewhere';
const found = (text: string) => runChecks([checkDoc('report.txt', text)]).filter((c) => c.rule === RULE);

describe("a table's total row its cells do not add up to, their sum said elsewhere", () => {
  it('sets the total row against every statement of the sum, in one check', () => {
    const [check, ...more] = found(report('48,920'));
    expect(more).toEqual([]);
    expect(check?.holds).toBe(false);
    expect(check?.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([48_600_000, 48_620_000, 48_620_000, 48_920_000]);
  });

  it('says nothing when the total row holds', () => {
    expect(found(report('48,620'))).toEqual([]);
  });

  it("names no statement of another measure or year that happens to say the sum", () => {
    const other = report('48,920').replace('Revenue was GBP 48,620 thousand in 2024', 'Operating costs were GBP 48,620 thousand in 2024').replace('revenue of GBP 48.6 million', 'a payroll of GBP 48.6 million').replace('Revenue                      GBP thousand    48,620', 'Revenue                      GBP thousand    48,260');
    expect(found(other)).toEqual([]);
  });
});
