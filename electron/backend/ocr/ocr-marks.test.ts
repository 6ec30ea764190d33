import { describe, expect, it } from 'vitest';
import { ocrConfidence, ocrWarning } from './ocr-marks';

const run = (text: string, x0: number, x1: number) => ({ text, x0, x1, top: 10, bottom: 20, baseline: 18, size: 8 });
const PAGE = { runs: [run('over', 0, 20), run(' ', 20, 24), run('550', 24, 40), run(' ', 40, 44), run('million', 44, 80)], ocr: { confidences: [0.99, 1, 0.7, 1, 0.95], confidence: 0.9 } };

describe('OCR marks', () => {
  it('gives a figure the confidence of its least certain word', () => {
    expect(ocrConfidence([PAGE], { page: 1, boxes: [{ x: 25, y: 11, width: 50, height: 8 }] })).toBe(0.7);
    expect(ocrConfidence([PAGE], { page: 1, boxes: [{ x: 46, y: 11, width: 20, height: 8 }] })).toBe(0.95);
  });

  it('gives none off OCR pages', () => {
    expect(ocrConfidence([{ runs: PAGE.runs }], { page: 1, boxes: [{ x: 25, y: 11, width: 50, height: 8 }] })).toBeUndefined();
    expect(ocrConfidence([PAGE], undefined)).toBeUndefined();
  });

  it('tells the auditor a page or an image was read by OCR, and how surely', () => {
    expect(ocrWarning(3, { confidence: 0.934 })).toEqual({ code: 'pageOcr', params: { page: 3, percent: 93 }, text: 'Page 3 has no text layer: its text was read by OCR (mean confidence 93%); check its figures against the page image.' });
    expect(ocrWarning(undefined, { confidence: undefined })).toEqual({ code: 'imageOcrEmpty', params: {}, text: 'The image has no text layer, and OCR found no text on it.' });
    expect(ocrWarning(2, { confidence: undefined }).text).toBe('Page 2 has no text layer, and OCR found no text on it.');
    expect(ocrWarning(undefined, { confidence: 0.5 }).text).toBe('The image has no text layer: its text was read by OCR (mean confidence 50%); check its figures against the image.');
  });
});
