import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../shared/extraction/index';
import { EVAL_SETS, score, writePredictions } from './eval';

// Our own held-out passages (tables whose scale stands in a header, contents pages, doubled
// radicals, wrapped qualifiers, units of other industries), scored by the evaluation set's own
// scorer, and their units and qualifiers checked beside it (the scorer reads only spans and values).

interface Gold {
  doc: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: string;
}

const dir = EVAL_SETS.generalisation;

/**
 * Units and qualifiers the extractor gives wrong today, keyed `doc start`, each with why. The gold
 * says what the report says; this list names the extractor's known faults, and the test fails when
 * one is mended (take it off) as when a new one appears.
 */
const KNOWN_WRONG: Readonly<Record<string, string>> = {
  '181_seed-ant-39984-44543.txt 3291': 'an infographic (`1.5 10    亿人，超过    亿人次`): its second number is read with the first one\'s scale and noun (人, exact), not `超过 … 亿人次`',
  '118_seed-alipay-77090-84013.txt 1472': '`about the same height of 3.5 Mountain Everest`: `about` stands four words before its figure',
  '107_zh-fintech-inclusion.txt 232': 'an infographic\'s counted noun lines below its figure and its scale (`3.6⏎亿⏎⏎县域及农村地区用户`)',
  '150_seed-alibaba-17886-22594.txt 2302': '`上千万和平台共生的商家`: the noun after a relative clause is not read',
  '153_seed-alipay-68571-73855.txt 1170': 'an infographic\'s `Around` stands lines away from its `60%`',
  '153_seed-alipay-68571-73855.txt 4106': 'an infographic\'s counted noun lines below its figure (`2.042 billion⏎⏎billion⏎⏎people`)',
  '163_seed-alipay-20249-26423.txt 3962': 'a calendar\'s interleaved columns: `helped 25 medical` takes `medical`, its `professionals` lines below',
  '190_seed-alibaba-62009-66489.txt 872': '`超过两千万的零售行业就业。`: the noun after 的 is read as 零售行业, 就业 (employment) ending the sentence left out; the gold leaves the count bare',
  '200_en-pdf-kpi-page-interleaved.txt 133': 'a designed page\'s two columns interleaved (`412,600¹⏎⏎58,214⏎⏎tCO2e⏎⏎people in 31 countries`): the unit two lines below, past the other column\'s value, is not read',
  '200_en-pdf-kpi-page-interleaved.txt 143': 'the same: `58,214`\'s `people` two lines below, past the other column\'s unit',
  '211_seed-alipay-0-4381.txt 1109': 'two columns interleaved: the currency of `30,000 to 40,000 more` ends another line two paragraphs up (`earn RMB⏎⏎In early 2020, …⏎⏎30,000`), not read',
  '215_seed-alipay-36036-40937.txt 1216': 'two columns interleaved line by line: `as two key⏎⏎…⏎⏎groups of employment` is read as `key`, its `groups` lines below',
  '215_seed-alipay-36036-40937.txt 1819': 'the same: `created 750,000 development⏎⏎142,000⏎100,000⏎⏎…⏎⏎and operation posts` is read as `development`',
  '215_seed-alipay-36036-40937.txt 2683': '`10,000 micro, small and medium⏎⏎…⏎⏎enterprises`: a list of modifiers before a noun the other column parts off is cut at its first comma (`micro`)',
  '226_en-pdf-layout-rail-prose-columns.txt 1263': '`6,900 volunteering hours, around 1,100 more than`: the noun of the comparison is carried from the figure before only within its sentence, and the other column\'s `training.` stands between them on the page',
  '227_en-infographic-hotels-spaced-digits.txt 507': 'an infographic\'s `6 2 , 0 0 0 +`: the spaced plus ends the figure\'s cell, and its label past the blank line (`colleagues`) is not read',
  '227_en-infographic-hotels-spaced-digits.txt 1951': '`12,600 young people … of whom 5,300 went on`: the noun `of whom` points back to is not read',
  '231_en-pdf-layout-miner-spaced-labels-above.txt 1750': '`120 partnerships and⏎programmes` in the right column: the next line opens with the left column\'s words, so the list is cut at `and`',
  '242_bilingual-hk-side-by-side-columns.txt 198': 'a page set in two languages side by side: the English `were 48,620` ends its column\'s line, its `tonnes of CO2e` opening the column\'s next line past the Chinese column, is read bare',
  '236_en-fashion-supply-chain-prose.txt 203': '`Tier 1 factories … number 843; the other⏎344 are tier 2 mills`: kept as a count, the noun elided after `the other` (factories, past the semicolon) not carried',
  '323_zh-airline-wan-renci-yi-dun-km-fuel-kg-per-t-km-unit-column.txt 160': '`运输总周转量243.7亿吨公里`: the tonne-kilometre read as the tonne (`吨` of `吨公里`)',
  '326_en-nigeria-telecom-naira-trillion-n-bn-million-litres-diesel-sites.txt 313': '`including 2,310 new 4G sites`: a name with digits (`4G`) between the adjective and the noun cuts the noun at `new`',
  '332_en-swiss-food-group-chf-m-apostrophe-thousands-bn-footnotes-ranges.txt 907': 'a row label ending in its unit one space before the first cell (`scopes 1+2 (t CO2e) 248\'300`): the bracketed `t CO2e` is not read as the row\'s unit for that cell (the next one, past a wide gap, is tCO2e)',
};

describe('generalisation passages', () => {
  it('are extracted with precision and recall of at least 0.95', () => {
    const out = join(dir, '..', '..', '..', '..', '.eval', 'generalisation-test-predictions.jsonl');
    writePredictions(join(dir, 'text'), out);
    const result = JSON.parse(score(join(dir, 'gold'), out, ['--json'])) as { precision: number; recall: number; gold: number };
    expect(result.gold).toBeGreaterThan(80);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('give the figures they match the unit and qualifier of the gold', () => {
    const disagreements: string[] = [];
    for (const file of readdirSync(join(dir, 'gold'))) {
      const gold = readFileSync(join(dir, 'gold', file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Gold);
      const figures = extractFigures(readFileSync(join(dir, 'text', file.replace(/\.jsonl$/, '.txt')), 'utf8'));
      for (const g of gold) {
        const f = figures.find((p) => p.start < g.end && g.start < p.end && Math.abs(p.value - g.value) <= 1e-4 * Math.abs(g.value));
        if (f && (f.unit !== g.unit || f.qualifier !== g.qualifier)) disagreements.push(`${g.doc} ${g.start}: ${f.unit}/${f.qualifier}, gold ${g.unit}/${g.qualifier}`);
      }
    }
    const keyOf = (line: string): string => line.slice(0, line.indexOf(':'));
    expect(disagreements.filter((d) => !(keyOf(d) in KNOWN_WRONG))).toEqual([]);
    expect(Object.keys(KNOWN_WRONG).filter((k) => !disagreements.some((d) => keyOf(d) === k))).toEqual([]);
  });
});
