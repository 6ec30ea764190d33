import { describe, expect, it } from 'vitest';
import { ocrRuns } from './page-runs';
import type { OcrLine } from './types';

const LINE: OcrLine = {
  quad: [
    [100, 200],
    [500, 200],
    [500, 240],
    [100, 240],
  ],
  words: [
    { text: 'over', from: 0, to: 0.2, confidence: 0.99 },
    { text: '550', from: 0.25, to: 0.4, confidence: 0.8 },
  ],
  confidence: 0.9,
};

describe('ocrRuns', () => {
  it('places each word in page units, with a blank run between words, as a PDF text layer would', () => {
    // A 200 dpi image: 72/200 of a point per pixel.
    const scale = 72 / 200;
    const { runs, confidences } = ocrRuns([LINE], [scale, 0, 0, scale, 0, 0]);
    expect(runs.map((run) => run.text)).toEqual(['over', ' ', '550']);
    expect(confidences).toEqual([0.99, 1, 0.8]);
    const [over, , figure] = runs;
    expect(over).toMatchObject({ x0: 100 * scale, top: 200 * scale, bottom: 240 * scale });
    expect(over!.x1).toBeCloseTo(180 * scale);
    expect(figure!.x0).toBeCloseTo(200 * scale);
    expect(figure!.x1).toBeCloseTo(260 * scale);
    // One baseline and size for the line, so that its words stay one row.
    expect(figure!.baseline).toBe(over!.baseline);
    expect(over!.size).toBeCloseTo(40 * scale * 0.75);
  });

  it('follows a turned line: a word\'s box holds its corners on the page', () => {
    const turned: OcrLine = { ...LINE, quad: [[100, 200], [500, 210], [499, 250], [99, 240]] };
    const [, , figure] = ocrRuns([turned], [1, 0, 0, 1, 0, 0]).runs;
    expect(figure!.top).toBeCloseTo(202.5);
    expect(figure!.bottom).toBeCloseTo(244);
  });
});
