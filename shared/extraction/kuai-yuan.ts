import type { Candidate } from './candidate';
import { codeAt as code, isWhiteCode } from './normalize';

// 块 after a number is a measure word (`2,400塊太阳能板`, pieces), or spoken yuan where the story
// counts money in it: `卖不到十块钱，现在能卖到二十多块`, `花几千块⏎⏎钱…只抢到了一千多块`. A bare 块 is
// yuan when its sentence said 块钱 before it.

const KUAI = 0x5757; // 块
const KUAI_TRAD = 0x584a; // 塊
const QIAN = 0x94b1; // 钱
const QIAN_TRAD = 0x9322; // 錢
/** How far back in its sentence a 块钱 is looked for. */
const REACH = 80;
/** Where a sentence ends: 。！？ and their ASCII forms. */
const SENTENCE_END: ReadonlySet<number> = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f]);

/** Read a count in 块 as yuan when its sentence spoke of 块钱 before it. */
export function takeKuaiAsYuan(text: string, c: Candidate): void {
  if (c.unit !== '块') return;
  for (let k = c.start - 1; k >= Math.max(1, c.start - REACH); k--) {
    const ch = code(text, k);
    if (SENTENCE_END.has(ch)) return;
    if (ch !== QIAN && ch !== QIAN_TRAD) continue;
    // 块 right before 钱, or at the end of the line above where a PDF wrapped the prose (`几千块⏎⏎钱`)
    let j = k - 1;
    while (j > 0 && isWhiteCode(code(text, j))) j--;
    const before = code(text, j);
    if (before === KUAI || before === KUAI_TRAD) {
      c.unit = 'CNY';
      c.kind = 'currency';
      c.context.noun = null;
      return;
    }
  }
}
