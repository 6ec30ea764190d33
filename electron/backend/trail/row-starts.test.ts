import { describe, expect, it } from 'vitest';
import { rowStarts } from './row-starts';

const bytes = (text: string) => new TextEncoder().encode(text);
/** The rows that cuts at `starts` leave, as text. */
const parts = (text: string, starts: number[]) => {
  const all = bytes(text);
  const decoder = new TextDecoder();
  return [0, ...starts].map((start, index) => decoder.decode(all.subarray(start, [...starts, all.length][index])));
};

describe('rowStarts: where a CSV can be cut into parts that each begin a row', () => {
  it('never cuts inside a quoted cell that holds line breaks, even when the target falls inside it', () => {
    const csv = 'seq,note\r\n1,"line one\r\nline two\r\nline three"\r\n2,plain\r\n';
    const target = csv.indexOf('line two');
    const starts = rowStarts(bytes(csv), 0, [target], '\r\n');
    expect(parts(csv, starts)).toEqual(['seq,note\r\n1,"line one\r\nline two\r\nline three"\r\n', '2,plain\r\n']);
  });

  it('reads an escaped quote as two quotes, and a quoted cell right at the target as quoted', () => {
    const csv = '1,"he said ""stop""\r\nand left"\r\n2,"x"\r\n3,y\r\n';
    expect(parts(csv, rowStarts(bytes(csv), 0, [csv.indexOf('stop'), csv.indexOf('2,') + 2], '\r\n'))).toEqual([
      '1,"he said ""stop""\r\nand left"\r\n',
      '2,"x"\r\n',
      '3,y\r\n',
    ]);
  });

  it('cuts CRLF rows only after a CRLF, not at a bare line feed inside a row', () => {
    const csv = '1,a\nb\r\n2,c\r\n';
    expect(parts(csv, rowStarts(bytes(csv), 0, [1], '\r\n'))).toEqual(['1,a\nb\r\n', '2,c\r\n']);
    expect(parts(csv, rowStarts(bytes(csv), 0, [1], '\n'))).toEqual(['1,a\n', 'b\r\n2,c\r\n']);
  });

  it('cuts between whole UTF-8 characters, since it cuts only after a line break', () => {
    const csv = '1,与附注7不符\r\n2,见表四\r\n';
    expect(parts(csv, rowStarts(bytes(csv), 0, [4], '\r\n'))).toEqual(['1,与附注7不符\r\n', '2,见表四\r\n']);
  });

  it('gives fewer starts when the text ends before the next row, and none twice', () => {
    const csv = '1,"a\r\nb"\r\n2,c';
    expect(rowStarts(bytes(csv), 0, [1, 2, 3, csv.length - 1], '\r\n')).toEqual([csv.indexOf('2,')]);
  });

  it('looks at each byte about once: quoted cells of 100 000 escaped quotes are cut in linear time', () => {
    const timed = (size: number) => {
      const csv = bytes(`1,"${'""'.repeat(size)}"\r\n2,x\r\n`.repeat(4));
      const started = performance.now();
      const starts = rowStarts(csv, 0, [1, csv.length / 2], '\r\n');
      return { ms: performance.now() - started, starts };
    };
    expect(timed(100_000).starts).toHaveLength(2);
    // Searching for the line break again after every quote would read about 10^11 bytes here (minutes); linear, it is some 50 ms.
    expect(Math.min(...[0, 1, 2].map(() => timed(100_000).ms))).toBeLessThan(2_000);
  });
});
