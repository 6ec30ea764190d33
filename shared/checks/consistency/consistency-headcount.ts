// The people a company employs are one count whatever noun a sentence gives them: `Our nearly 9,000 people`,
// `more than 1,400 employees`, `our 1,400 colleagues`, a table `Employees at 31 March` whose Total is 9,046,
// `At year end we employed 1,386 people`. A round bound of that count and its exact count must agree,
// and two bounds of one round number must bound it the same way.

import { direction, isKeyLine } from './agreement';
import { type CheckDocument } from '../types';
import { EN_BOUND_WORDS } from '../readers/markers';
import { type ExtractedFigure } from '../../domain/figure';

/** Nouns that name a company's own employees, whoever says them. */
const STAFF_NOUN = /^(?:employees|colleagues|staff|staff members|team members)$/i;

/**
 * A key figure's or table row's label of the headcount (`Employees`, `Total employees`, `Number of employees`), with the
 * unit its line gives it (`People  headcount  421`: `people` counted as a headcount is the company's people).
 */
const HEADCOUNT_LABEL = /^(?:total\s+|number\s+of\s+)?(?:(?:employees|colleagues|staff)(?:\s+headcount)?|(?:people|associates)\s+headcount|headcount)(?:\s+at\s+(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+)?year))?$/i;

/** The noun right after a bound's number: not `Nearly 100 of our employees`, a part. */
const NOUN_AFTER = /^\s+(?:employees|colleagues|staff(?:\s+members)?|team\s+members|people)\b/i;
/**
 * `associates`, as a staffing firm calls the people on its payroll (`we had 1,76,000 associates`), counted in thousands:
 * a company's associated companies are never so many.
 */
const ASSOCIATES_AFTER = /^\s+associates\b/i;
const ASSOCIATES_AT_LEAST = 1000;
const nounAfter = (after: string, figure: ExtractedFigure): boolean => NOUN_AFTER.test(after) || (figure.value >= ASSOCIATES_AT_LEAST && ASSOCIATES_AFTER.test(after));

/** The company's own: `our` before the bound, or a verb of working after its noun. */
const OUR_BOUND = new RegExp(String.raw`\bour\s+(?:${EN_BOUND_WORDS})\s*$`, 'i');
const AT_WORK = /^\s+(?:[a-z]+\s+)?[a-z]+\s+(?:work|worked|working|are\s+employed|were\s+employed)\b/i;

/** `we` and a verb of employing right before a bound (`We now employ more than 190 people`, `we employed nearly 9,000 people`). */
const WE_EMPLOY_BOUND = new RegExp(String.raw`\bwe\s+(?:now\s+|currently\s+|still\s+)?employ(?:ed)?\s+(?:well\s+over|${EN_BOUND_WORDS})\s*$`, 'i');

/**
 * The company's own people said otherwise right before a bound: a verb of employing after `and`, the sentence's subject the
 * company (`In FY2024-25 the Company earned revenue of …, and employed over 40,000 people`), or its workforce `of` them (`Our
 * workforce of nearly 9,000 people`, `a team of more than 400 colleagues`).
 */
const AND_EMPLOYED_BOUND = new RegExp(String.raw`\band\s+(?:now\s+)?employ(?:s|ed)?\s+(?:well\s+over|${EN_BOUND_WORDS})\s*$`, 'i');
const WORKFORCE_OF_BOUND = new RegExp(String.raw`\b(?:our|a|the\s+company's|the\s+group's)\s+(?:workforce|team)\s+of\s+(?:well\s+over|${EN_BOUND_WORDS})\s*$`, 'i');
/** The company as a sentence's subject, before its verb of employing. */
const COMPANY_SUBJECT = /\b(?:we|the\s+company|the\s+group)\b/i;

/** A count the company says it has, right before it: `At year end we employed 1,386 people`, `the company had 12,140 employees`. */
const EMPLOYED = /\b(?:employ(?:s|ed)?|employing|had|has|have)\s+$/i;

/** `we` and a verb of employing right before an exact count (`We employed 412 people`): the company's own people, as `our` says. */
const WE_EMPLOY = /\bwe\s+employ(?:ed)?\s+$/i;

/**
 * `we had` right after the date it closes (`At the end of 2024 we had 2,846 employees`, `At 31 March 2025 we had …`, `At year
 * end we have …`): the company's own people then. Said of another time, it may be of any year (`Since FY2020, when we had
 * 38,910 employees`).
 */
const AT_DATE_WE_HAD = /\bat\s+(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:year|(?:FY\s?)?(?:19|20)\d{2})|(?:the\s+)?year[- ]end|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d{2}|[A-Z][a-z]+\s+\d{1,2},?\s+(?:19|20)\d{2})\s*,?\s*we\s+(?:had|have)\s+$/i;

/** How far before a count `at` its date and `we had` are read. */
const AT_DATE_REACH = 48;

/** `our` right before an exact count (`without our 11,240 employees`). */
const OUR_COUNT = /\bour\s+$/i;

/** Words after a count's noun that make its people some of them or more (`in Leeds`, `at our Hull plant`, `and contractors`). */
const NOT_ALL = /^\s+(?:employees|colleagues|staff(?:\s+members)?|team\s+members|people)\s+(?:(?:in|at|across|from)\s+(?!the\s+end\b)(?:our\s+|the\s+)?[A-Z]|(?:and|or|plus)\b)/;

/** A caption that opens with what a headcount counts (`Employees at 31 March`, `Workforce by region`, `Our workforce at 30 June`). */
const HEADCOUNT_CAPTION = /^(?:our\s+)?(?:employees|headcount|workforce|people|staff|colleagues)\b/i;

/** How far a headcount's round bound may stand from its exact count, as a ratio: a rounding, not another count. */
export const HEADCOUNT_RATIO = 1.1;

/** The key a headcount is paired under, beside its noun's. */
export const HEADCOUNT = '\u0001headcount';

/**
 * Whether an English round bound counts the company's own people: its noun right after the number, and the
 * company's (`Our nearly 9,000 people`, `Nearly 20,000 people work at …`), or a staff noun bounded from
 * below (`more than 1,400 employees`: a part never outnumbers the whole, so it can only restate it).
 */
export function boundsHeadcount(doc: CheckDocument, figure: ExtractedFigure): boolean {
  const way = direction(figure.qualifier);
  if (way === 'none') return false;
  const after = doc.text.slice(figure.end, figure.end + 50);
  if (!nounAfter(after, figure)) return false;
  const before = doc.text.slice(Math.max(0, figure.start - 40), figure.start);
  const own = OUR_BOUND.test(before) || AT_WORK.test(after);
  // (`we employ more than 190 people in Peterborough`: a lower bound of people the company employs somewhere never outnumbers all it employs)
  const saidOfUs = WE_EMPLOY_BOUND.test(before) || WORKFORCE_OF_BOUND.test(before) || (AND_EMPLOYED_BOUND.test(before) && COMPANY_SUBJECT.test(doc.text.slice(figure.sentence.start, figure.start)));
  const employed = saidOfUs && (way === 'up' || !NOT_ALL.test(after));
  return own || employed || (way === 'up' && STAFF_NOUN.test(figure.unit));
}

/**
 * Whether an exact English count is the company's headcount: a table's Total under a caption of its people
 * (`captionTotal`), a table row or key figure labelled with it (`Total employees`), a running-text figure
 * whose metric is a staff noun alone (`Employees grew 4.5% to 19,960`), or a count the company says it has
 * (`we employed 1,386 people`) or calls `our` (`ourCount`).
 */
export function countsHeadcount(doc: CheckDocument, figure: ExtractedFigure, place: { table: boolean | (() => boolean); captionTotal: string | undefined }): boolean {
  if (figure.qualifier !== 'exact') return false;
  if (place.captionTotal !== undefined) return HEADCOUNT_CAPTION.test(place.captionTotal);
  const metric = figure.metric ?? '';
  if (figure.unit === '' && STAFF_NOUN.test(metric)) return true;
  if (HEADCOUNT_LABEL.test(metric) && ((typeof place.table === 'boolean' ? place.table : place.table()) || isKeyLine(doc.text, figure))) return true;
  return ourCount(doc, figure) || (nounAfter(doc.text.slice(figure.end, figure.end + 30), figure) && EMPLOYED.test(doc.text.slice(Math.max(0, figure.start - 30), figure.start)));
}

/**
 * Whether an exact English count is of `our` people, all of them (`without our 11,240 employees, who …`), or of the
 * people it says `we employed` (`We employed 412 people at the end of 2024`, its period no metric of it) or `we had` at a date
 * (`AT_DATE_WE_HAD`):
 * not of a place (`our 1,960 colleagues in Poland`) nor with others (`our 3,100 employees and contractors`).
 * Said so in running text, it restates the headcount another place states (`englishBoundPairs`).
 */
export function ourCount(doc: CheckDocument, figure: ExtractedFigure): boolean {
  if (figure.qualifier !== 'exact') return false;
  const before = doc.text.slice(Math.max(0, figure.start - 16), figure.start);
  if (!OUR_COUNT.test(before) && !WE_EMPLOY.test(before) && !AT_DATE_WE_HAD.test(doc.text.slice(Math.max(figure.sentence.start, figure.start - AT_DATE_REACH), figure.start))) return false;
  const after = doc.text.slice(figure.end, figure.end + 60);
  return nounAfter(after, figure) && !NOT_ALL.test(after);
}

/** A table row or key figure of the company's people in full-time equivalents (`Employees (full-time equivalent)`, `FTE employees`, `Staff (FTE)`). */
const FTE_LABEL = /^(?:total\s+|number\s+of\s+)?(?:(?:employees|colleagues|staff|workforce)\s*\(?\s*(?:full[-\s]time\s+equivalents?|FTEs?)\s*\)?|(?:full[-\s]time\s+equivalent|FTE)\s+(?:employees|colleagues|staff))$/i;

/**
 * Whether an exact count is the company's people in full-time equivalents, a table's row or a key figure: a report that
 * states its people in no other row (`englishBoundPairs`) gives its headcount so, which `our 1,268 people` restates.
 */
export function countsFullTimeEquivalents(doc: CheckDocument, figure: ExtractedFigure, table: boolean): boolean {
  return figure.qualifier === 'exact' && figure.unit === '' && FTE_LABEL.test((figure.metric ?? '').trim()) && (table || isKeyLine(doc.text, figure));
}
