import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.value}|${f.unit}|${f.qualifier}`);

describe('a couple of a scale', () => {
  it('is about two of it', () => {
    expect(read('volunteers gave a couple of hundred hours each; a couple of thousand people came')).toEqual([
      'a couple of hundred hours|200|hours|about',
      'a couple of thousand|2000|people|about',
    ]);
  });
  it('is nothing without a scale after of', () => {
    expect(read('a couple of them, a young couple of 30 years')).toEqual([]);
  });
});
