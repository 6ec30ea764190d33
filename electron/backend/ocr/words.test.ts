import { describe, expect, it } from 'vitest';
import type { OcrChar } from './types';
import { wordsOf } from './words';

/** Characters as the recogniser gives them, evenly spread along the line. */
function read(text: string): OcrChar[] {
  const share = 1 / text.length;
  return [...text].map((char, index) => ({ char, from: index * share, to: (index + 1) * share, confidence: 0.9 }));
}

const words = (text: string, blanks: { from: number; to: number }[] = []) => wordsOf(read(text), blanks).map((word) => word.text);

describe('wordsOf', () => {
  it('puts back the spaces the recogniser dropped around numbers, scale words and qualifiers', () => {
    expect(words('worthoverRMB4billion')).toEqual(['worth', 'over', 'RMB4', 'billion']);
    expect(words('than10 million')).toEqual(['than', '10', 'million']);
    expect(words('among whom897millionare mobileInternet')).toEqual(['among', 'whom', '897', 'million', 'are', 'mobile', 'Internet']);
    expect(words('grew by nearly300%.')).toEqual(['grew', 'by', 'nearly', '300%.']);
    expect(words('users.398 million')).toEqual(['users.', '398', 'million']);
  });

  it('leaves codes, ordinals and units written against their number alone', () => {
    expect(words('FY2022 COVID-19 ISO14001 1st 10kg WeChat iPhone RMB4')).toEqual(['FY2022', 'COVID-19', 'ISO14001', '1st', '10kg', 'WeChat', 'iPhone', 'RMB4']);
  });

  it('reads look-alike characters as the letters or digits around them call for', () => {
    expect(words('0n January 1O0 lnternet 2l5')).toEqual(['On', 'January', '100', 'Internet', '215']);
  });

  it('splits where the page shows a blank stretch, once, at the gap nearest to it', () => {
    // "totalinternet": the blank stretch lies near the gap between "l" and "i".
    const text = 'totalinternet';
    expect(words(text, [{ from: 5 / 13 - 0.01, to: 5 / 13 + 0.03 }])).toEqual(['total', 'internet']);
    // A stretch where the recogniser read a space already adds no second one.
    expect(words('and more', [{ from: 3 / 8, to: 4 / 8 }])).toEqual(['and', 'more']);
  });

  it('keeps CJK text and the parts of a number together across gaps and spaces', () => {
    expect(words('约 787.7万吨', [{ from: 0.5, to: 0.56 }])).toEqual(['约', '787.7万吨']);
    expect(words('二氧 化碳')).toEqual(['二氧化碳']);
    expect(words('4,960', [{ from: 0.2, to: 0.4 }])).toEqual(['4,960']);
    expect(words('COVID- 19')).toEqual(['COVID-19']);
  });

  it('gives each word its place along the line and its mean confidence', () => {
    const [first, second] = wordsOf(read('ab cd'), []);
    expect(first).toMatchObject({ text: 'ab', from: 0, to: 0.4, confidence: 0.9 });
    expect(second?.text).toBe('cd');
    expect(second?.from).toBeCloseTo(0.6);
    expect(second?.to).toBeCloseTo(1);
  });
});
