// What an English figure counts or measures, by the shape of its clause: `the number of online
// payment users reached 768 million` (the noun after "the number of"), `897 million are mobile
// Internet users` (the complement), `398 million Internet users ordered takeout online` (the
// counted noun and its predicate, an appositive `, or 76.8% of …,` skipped), `vouchers worth over
// RMB4 billion` (the words before it). Rules over the clause, no word lists of metrics.

import { clauseBounds, cleanPhrase } from './clause';

const NUMBER_OF = /(?:the\s+)?(?:total\s+)?(?:number|amount|count|volume|value)\s+of\s+(.+?)\s+(?:in\s+[A-Z][\w-]*\s+)?(?:had\s+|has\s+|have\s+)?(?:reached|was|were|is|are|stood\s+at|totall?ed|amounted\s+to|hit|rose\s+to|grew\s+to|increased\s+to|came\s+to|exceeded)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/i;
const SUBJECT_VERB = /\p{L}{3,}.*\s(?:were|was|is|are|reached|totall?ed|amounted\s+to|stood\s+at|came\s+to|rose\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|dropped\s+to)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/iu;
const COPULA_AFTER = /^\s*(?:are|were|is|was)\s+(?:the\s+)?([^,.;:()]+)/i;
const SHARE_OF = /^\s*(?:of\s+)(?:the\s+)?([^,.;:()]+)/i;
const TRAILING_LINK = /\s+(?:worth|of|by|at|to|for|was|were|is|are|reached|totall?ed|amounted|with|over|nearly|almost|about|around|more than|less than|than|up|approximately|some|had|has|have|been|and|or|the|a|an)$/i;
const STOP_AFTER = /,\s*(?:accounting|representing|which|of\s+which|and|while|up|down|an?\s+increase|a\s+decrease|compared)|[.;:()]|\s(?:accounting\s+for|compared\s+with|compared\s+to|while|which)\s/i;

/** The metric of the English figure at `[start, end)` whose unit text is `unit`, or undefined. */
export function englishMetric(text: string, start: number, end: number, unit: string, sentence: { start: number; end: number }): string | undefined {
  const clause = clauseBounds(text, sentence, start, end, /[,;:]/);
  const before = cleanPhrase(text.slice(clause.start, start));
  const afterText = text.slice(end, sentence.end).replace(/\s+/g, ' ');

  const numberOf = NUMBER_OF.exec(before);
  if (numberOf) return trimWords(numberOf[1]!);

  // `total greenhouse gas emissions were 586,000 tonnes`: a subject joined by its verb names the measure
  if (unit !== '%' && SUBJECT_VERB.test(before)) {
    const subject = phraseBefore(before);
    if (subject) return subject;
  }
  if (unit === '%') {
    const share = SHARE_OF.exec(afterText);
    if (share) return trimWords(`share of ${share[1]!}`);
    return phraseBefore(before);
  }

  const rest = skipUnit(afterText, unit);
  const copula = COPULA_AFTER.exec(rest);
  if (copula) return trimWords(copula[1]!);

  if (/^[A-Za-z]/.test(unit) && unit !== unit.toUpperCase()) {
    const unitFollows = rest !== afterText;
    const predicate = predicateAfter(rest).replace(/^\s*of\s+/i, ' ');
    return trimWords(unitFollows ? `${unit} ${predicate}` : predicate);
  }
  const nounAfter = /^\s*([a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})/i.exec(rest);
  const phrase = phraseBefore(before);
  if (phrase) return phrase;
  return nounAfter ? trimWords(predicateAfter(rest)) : undefined;
}

/** The text after the figure without its unit words, when the unit follows it. */
function skipUnit(after: string, unit: string): string {
  const trimmed = after.replace(/^\s+/, '');
  return unit && trimmed.toLowerCase().startsWith(unit.toLowerCase()) ? trimmed.slice(unit.length) : after;
}

/** The clause's predicate after the subject: `ordered takeout online`; an appositive holding a figure is skipped. */
function predicateAfter(rest: string): string {
  let r = rest;
  const appositive = /^\s*,[^,]*\d[^,]*,/.exec(r);
  if (appositive) r = r.slice(appositive[0].length);
  const stop = STOP_AFTER.exec(r);
  return (stop ? r.slice(0, stop.index) : r).replace(/^\s*,\s*/, ' ');
}

function phraseBefore(before: string): string | undefined {
  let phrase = before;
  for (let i = 0; i < 4 && TRAILING_LINK.test(phrase); i++) phrase = phrase.replace(TRAILING_LINK, '');
  return trimWords(phrase, true);
}

/** At most eight words, or the last six when `fromEnd` (the words nearest the figure). */
function trimWords(phrase: string, fromEnd = false): string | undefined {
  const words = phrase.replace(/[^\p{L}\p{N}'’\- ]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const kept = fromEnd ? words.slice(-6) : words.slice(0, 8);
  const out = kept.join(' ');
  return /\p{L}{2,}/u.test(out) ? out : undefined;
}
