import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from '../metrics/index';
import { siteLinesReport, syntheticEngagement } from './__fixtures__/synthetic-engagement';
import { runChecks } from './index';

// Describing figures and running every check grows with the figures, not with their square: on a
// report with no line breaks at all (every rule that looks along a line must stop), and on many
// documents of restated metrics (consistency groups through an index, never all pairs). Four times
// the figures take 4× as long when linear and 16× when quadratic; the bound of 8 leaves room for a
// machine busy with the rest of the suite (at twice the figures, 2× against 4× flaked there).

/** The best of three timings after a warm-up: the least disturbed by a busy machine. */
function bestMs(work: () => void): number {
  work();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const check = (docs: Array<{ name: string; text: string }>) => {
  const raws = docs.map((d) => ({ ...d, figures: extractFigures(d.text) }));
  return () => runChecks(raws.map((r) => ({ name: r.name, text: r.text, figures: describeFigures(r.text, r.figures) })));
};

describe('the checks take time in proportion to the figures', () => {
  it('on one line with no break, four times the figures take well under sixteen times as long', () => {
    const sentence = 'In FY2022 the number of rural credit users reached 512 million, or 61.3% of the total credit users. ';
    const small = bestMs(check([{ name: 'a.txt', text: sentence.repeat(750) }]));
    const large = bestMs(check([{ name: 'a.txt', text: sentence.repeat(3000) }]));
    expect(large / small).toBeLessThan(8);
  });

  it('on one line with wide gaps, lists and percentage points (the shapes of batch 4), four times the figures take well under sixteen times as long', () => {
    const sentence =
      'Of our $3.9 billion investment,  $1.6 billion went to grids and $2.3 billion to plants.  The share rose from 18.2% to 20.5%, up 2.3 percentage points.  We gave NT$138 million in total, including NT$62.4 million and NT$456 million.  ';
    const small = bestMs(check([{ name: 'a.txt', text: sentence.repeat(250) }]));
    const large = bestMs(check([{ name: 'a.txt', text: sentence.repeat(1000) }]));
    expect(large / small).toBeLessThan(8);
  });

  it('on one report of sentences alike, a line each (one check may hold them all), four times the figures take well under sixteen times as long', () => {
    const small = bestMs(check([{ name: 'sites.txt', text: siteLinesReport(600) }]));
    const large = bestMs(check([{ name: 'sites.txt', text: siteLinesReport(2400) }]));
    expect(large / small).toBeLessThan(8);
  });

  it('over an engagement of restated metrics, four times the figures take well under sixteen times as long', () => {
    const small = bestMs(check(syntheticEngagement(4, 1250)));
    const large = bestMs(check(syntheticEngagement(4, 5000)));
    expect(large / small).toBeLessThan(8);
  });
});
