import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('万 and 亿 put into English word for word', () => {
  it('reads `ten thousand` and `hundred million` after a number as its scale', () => {
    expect(read('Revenue for 2024 was RMB126,000 ten thousand, up 7.3%.')[0]).toEqual(['RMB126,000 ten thousand', 1_260_000_000, 'CNY']);
    expect(read('Revenue for 2023 was RMB29,310 ten-thousand.')[0]).toEqual(['RMB29,310 ten-thousand', 293_100_000, 'CNY']);
    expect(read('Revenue was RMB 12.6 hundred million.')[0]).toEqual(['RMB 12.6 hundred million', 1_260_000_000, 'CNY']);
  });

  it('leaves the words alone as a number of their own', () => {
    expect(read('We planted ten thousand trees.')).toEqual([['ten thousand', 10_000, 'trees']]);
  });
});
