import type { Candidate } from './candidate';
import { codeAt as code, isSpaceCode } from './normalize';

// Fen and jiao, the hundredths and tenths of a yuan, spoken as money (`用 2 分钱的“公益宝贝”`,
// `两毛钱`, `五角钱`): the figure is that many yuan. 分 alone stays points or minutes
// (`88.66分`, `3 分钟`) and 角 alone a corner, so only with 钱 after them.

const QIAN = 0x94b1; // 钱
/** The part of a yuan each word names. */
const PART_OF_YUAN: ReadonlyMap<number, number> = new Map([
  [0x5206, 0.01], // 分
  [0x89d2, 0.1], // 角
  [0x6bdb, 0.1], // 毛
]);

/** Give a count of fen or jiao before 钱 its value in yuan. */
export function takeSmallChange(text: string, c: Candidate): void {
  if (c.kind === 'currency' || c.kind === 'percent' || c.reading.currency) return;
  let q = c.numEnd;
  while (q < c.numEnd + 2 && isSpaceCode(code(text, q))) q++;
  const part = PART_OF_YUAN.get(code(text, q));
  if (part === undefined || code(text, q + 1) !== QIAN) return;
  c.value *= part;
  if (c.valueMax !== undefined) c.valueMax *= part;
  c.unit = 'CNY';
  c.kind = 'currency';
  c.context.noun = null;
  c.end = Math.max(c.end, q + 2);
  c.scanEnd = Math.max(c.scanEnd, c.end);
}
