// An average per head that holds only over a part of the group its sentence counts (`We employed 1,148 people …, of whom
// 872 were on permanent rolls …, which averaged 31.6 hours per employee`, `其中一线操作人员2,680人` beside `共有员工3,420人`),
// its own sentence naming no word of that part: worked over the wrong group, the mismatch of its total over the whole.
// `rates.ts`' average per head asks it of every average it finds holding over a total in its own sentence.

import { rateCheck, PART_OF_GROUP, type Candidate } from './rate-readers';
import { roleOf, type Check, type DocFigure } from '../types';

/**
 * An average per head that holds only over a part of the group a sentence counts (`We employed 1,148 people …, of whom 872
 * were on permanent rolls …, which averaged 31.6 hours per employee`, `其中生产人员1,624人` beside `共有员工2,150人`), its own words
 * naming no word of that part: it was worked over the wrong group, and is the mismatch of its total over the whole, the one
 * head count exactly said just before the part is said of it.
 */
export function overPartOfGroup(result: DocFigure, held: Check, total: DocFigure, heads: Candidate[]): Check | undefined {
  const { doc } = result;
  const start = roleOf(held, 'denominator')?.start;
  const part = heads.find(({ at }) => at.figure.start === start)?.at;
  const lead = part && doc.text.slice(Math.max(part.figure.sentence.start, part.figure.start - 16), part.figure.start);
  if (!part || lead === undefined || !PART_OF_GROUP.test(lead) || [result, total, part].some((at) => at.figure.qualifier !== 'exact')) return undefined;
  // the whole: the head count said exactly just before the part, in its sentence
  const whole = heads.find(({ at }) => at.figure.sentence.start === part.figure.sentence.start && at.figure.start < part.figure.start && at.figure.qualifier === 'exact' && at.figure.value > part.figure.value)?.at;
  if (!whole || heads.some(({ at }) => at.figure.start > whole.figure.start && at.figure.start < part.figure.start) || /[;；。]/.test(doc.text.slice(whole.figure.end, part.figure.start))) return undefined;
  // what the part is (`permanent`, `生产人员`), said after or before its count, that the average's sentence does not say
  const named = `${doc.text.slice(part.figure.end, Math.min(part.figure.sentence.end, part.figure.end + 40)).split(/[\d,，;；]/)[0]} ${PART_OF_GROUP.exec(lead)![0].replace(/^(?:of\s+whom|including|其中|包括)/i, '')}`;
  const words = (named.match(/[a-z]{5,}|[\u3400-\u9fff]{2,}/gi) ?? []).filter((w) => !/^(?:were|which|whom|their|these|those|including|其中|包括)$/i.test(w));
  const said = doc.text.slice(result.figure.sentence.start, result.figure.sentence.end).toLowerCase();
  if (words.length === 0 || words.some((w) => said.includes(w.toLowerCase()))) return undefined;
  const check = rateCheck(total, whole, result, 1, 'rate.average-per-head', '');
  return check.holds ? undefined : check;
}
