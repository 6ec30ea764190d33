import { yearLike, type Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code, isDigitCode } from './normalize';
import { gapBackAcrossWrap, wordAfter, wordBefore, wordBeforeAcrossWrap } from './context';
import type { Around } from './noise';
import { skipGap, skipGapBack } from './gaps';
import { MONTHS, CLOCK_HOUR_BEFORE, DURATION_CLAIM_BEFORE, DURATION_FRAME_BEFORE, DURATION_FRAME_AFTER } from './noise-words';
import { averagedDuration } from './noise-phrases';

// Numbers that place something in time or give an age, not a claimed amount: a year or a span of
// years, a date (`326日` apart: no month has more than 31 days), a time of day (`3 pm`, `凌晨 3 点
// 12 分`), an age or a generation, a duration that frames a claim rather than making one (`over the
// next 5 years`), and `half` of a year, a day or an hour (`half a year`, `the first half`).

export const DATE_NOISE_RULES = {
  year: {
    name: 'year',
    scripts: ['arabic'],
    kinds: ['none', 'noun', 'year', 'date', 'decade', 'generation'],
    drop: (_t, c) =>
      yearLike(c) && !c.reading.scaled && !c.reading.currency && (c.kind === 'none' || c.kind === 'noun' || c.kind === 'year' || c.kind === 'date' || c.kind === 'decade' || c.kind === 'generation') && (c.qualifier === 'exact' || c.kind !== 'noun'),
  },
  period: { name: 'period', drop: (_t, c) => c.reading.range === 'years' },
  zhYear: { name: 'zh-year', scripts: ['zh'], drop: (_t, c) => c.form.script === 'zh' && c.form.digitString },
  // `326日` counts days: no month has more than 31
  date: { name: 'date', kinds: ['date', 'decade'], drop: (_t, c) => (c.kind === 'date' && !(c.unit === '日' && c.value > 31)) || c.kind === 'decade' },
  // `跨越三个世纪`, `spans three centuries`: a count of centuries places a company's life among calendar
  // centuries (or gives its age), as a span of years does; no amount an auditor checks
  centuries: {
    name: 'centuries',
    drop: (text, c) =>
      (code(text, c.end) === 0x4e16 /* 世 */ && code(text, c.end + 1) === 0x7eaa /* 纪 */ && c.unit === '个') || c.unit === 'centuries' || c.unit === 'century',
  },
  dateWithMonthName: {
    name: 'date-with-month-name',
    scripts: ['arabic'],
    drop: (text, c, a) => {
      if (c.form.script !== 'arabic' || c.reading.scaled || c.reading.currency || c.kind === 'percent' || c.value > 9999) return false;
      const before = a.prevWord;
      if (before && MONTHS.has(before.word)) return true;
      const after = c.numEnd === c.end ? a.nextWord : wordAfter(text, c.numEnd);
      return after !== null && MONTHS.has(after.word) && c.value <= 31;
    },
  },
  timeOfDay: {
    name: 'time-of-day',
    kinds: ['none'],
    drop: (_t, c, a) => {
      if (c.value > 24 || c.kind !== 'none') return false;
      const after = a.nextWord;
      return after !== null && (after.word === 'am' || after.word === 'pm' || after.word === 'a.m' || after.word === 'p.m');
    },
  },
  ageOrGeneration: { name: 'age-or-generation', kinds: ['age', 'generation'], drop: (_t, c) => c.kind === 'age' || c.kind === 'generation' },
  aged: {
    name: 'aged',
    drop: (text, c, a) => {
      if (c.value > 130) return false;
      const w = a.prevWord;
      if (w === null || (w.word !== 'aged' && w.word !== 'age' && w.word !== 'ages')) return false;
      // `Fleet: 126 aircraft, average age 7.4 years`: a mean age is a statistic, no one's age
      return w.word !== 'age' || !AVERAGED.has(wordBefore(text, w.start)?.word ?? '');
    },
  },
  clockTime: {
    name: 'clock-time',
    // 凌晨 3 点 12 分, 下午2时30分: the minutes of a time of day
    drop: (text, c) => c.unit === '分' && CLOCK_HOUR_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)),
  },
  relativeOrFramingDuration: {
    name: 'relative-or-framing-duration',
    kinds: ['year', 'duration'],
    drop: (text, c, a) => {
      if (c.kind !== 'year' && c.kind !== 'duration') return false;
      const at = skipGap(text, c.end, 0);
      const after = DURATION_FRAME_AFTER.matchForward(text, at);
      if (after?.value || ONCE_PER.test(text.slice(at, at + 5))) return true;
      const g = skipGapBack(text, c.start, 1);
      if (c.qualifier === 'exact') {
        const claim = DURATION_CLAIM_BEFORE.matchBackward(text, g);
        // `很多事情要坚持8-10年`: what one must keep at is advice, not a record
        if ((claim && !MODAL_BEFORE.test(text.slice(Math.max(0, claim.end - 3), claim.end))) || doneIn(text, c, a)) return false;
      }
      if (DURATION_FRAME_BEFORE.matchBackward(text, g)) return !exposureHours(text, c);
      return c.kind === 'year' && c.qualifier === 'exact' && !averagedDuration(text, c) && !lastsAtCurrentRate(text, c.end);
    },
  },
  halfYear: {
    name: 'half-year',
    scripts: ['en'],
    kinds: ['percent'],
    drop: (text, c, a) => {
      if (c.form.script !== 'en' || c.value !== 50 || c.kind !== 'percent') return false;
      const after = wordAfter(text, c.end, 1);
      const before = a.prevWord;
      if (after && (after.word === 'a' || after.word === 'an' || after.word.startsWith('year') || after.word === 'hour' || after.word === 'day' || after.word === '-year')) return true;
      if (code(text, c.end) === 0x2d) return true; // half-year
      return before !== null && (before.word === 'first' || before.word === 'second');
    },
  },
} satisfies Record<string, NoiseRule>;

/**
 * `186 lost-time injuries in 72.4 million hours worked`: the hours a rate is reckoned over, counted in
 * millions or said to be worked, are a figure, no stretch of time (`in 48 hours`). So is any time counted
 * in 万 or millions (`志工服務時數近2萬小時`: nearly 20,000 hours, no `近3年` framing a claim).
 */
const exposureHours = (text: string, c: Candidate): boolean =>
  c.kind === 'duration' && (c.reading.scaled || (c.unit === 'hours' && WORKED_AFTER.test(text.slice(c.end, c.end + 12))));
const WORKED_AFTER = /^\s+(?:worked|of\s+work)\b/;

/** `at current rates`, `at the current rate of`, `at today's levels`: a time something lasts at a rate. */
const AT_CURRENT_RATE = /^at\s+(?:the\s+)?(?:current|present|today'?s)\s/i;

/** `capacity for 2.1 million tonnes, or 11 to 12 years⏎at current rates`: how long something lasts is the claim. */
function lastsAtCurrentRate(text: string, end: number): boolean {
  const at = skipGap(text, end, 1);
  return code(text, at) === 0x61 && AT_CURRENT_RATE.test(text.slice(at, at + 16));
}

/** Words before `age` that make it a mean over many (`average age 7.4 years`). */
const AVERAGED = new Set(['average', 'mean', 'median']);

/** `要`, `需要`, `必须`, `应`: a modal before the claim's verb (`要坚持`), which makes the duration advice. */
const MODAL_BEFORE = /(?:要|需|须|应|得)$/;

/** `三四个月收一次羊`, `每两年举办一次`: how often something is done, a frequency rather than an amount of time. */
const ONCE_PER = /^[\u4e00-\u9fff]{0,3}一次/;

/**
 * `was re-activated in 15 minutes`, `approved in 3 minutes`, `charges from 10 to 80% in 22 minutes`:
 * the time something took, after a participle and `in` or, in minutes or hours, after the result
 * it took to reach, is the claim (a sentence's `in 5 years`, `grew 30% in 2 years` frame one).
 */
function doneIn(text: string, c: Candidate, a: Around): boolean {
  const w = a.prevWord;
  if (w === null || w.word !== 'in') return false;
  const verb = wordBeforeAcrossWrap(text, w.start);
  if (verb !== null) return verb.word.length > 3 && verb.word.endsWith('ed');
  const before = code(text, gapBackAcrossWrap(text, w.start) - 1);
  return (before === 0x25 || isDigitCode(before)) && SHORT_TIME.has(c.unit);
}
const SHORT_TIME = new Set(['s', 'min', 'hours']);
