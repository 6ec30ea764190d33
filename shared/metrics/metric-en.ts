// What an English figure counts or measures, by the shape of its clause: `the number of online
// payment users reached 768 million` (the noun after "the number of"), `897 million are mobile
// Internet users` (the complement), `398 million Internet users ordered takeout online` (the
// counted noun and its predicate, an appositive `, or 76.8% of …,` skipped), `vouchers worth over
// RMB4 billion` (the words before it). Rules over the clause, no word lists of metrics.

import { ClauseSeparators, clauseBounds, cleanPhrase, oneSpaced } from './clause';
import { itemEnd, itemStart, unitTextEnd } from './line-items';
import { TWO_LETTERS } from '../text/letters';

const NUMBER_OF = /(?:the\s+)?(?:total\s+)?(?:number|amount|count|volume|value)\s+of\s+(.+?)\s+(?:in\s+[A-Z][\w-]*\s+)?(?:had\s+|has\s+|have\s+)?(?:reached|was|were|is|are|stood\s+at|totall?ed|amounted\s+to|hit|rose\s+to|grew\s+to|increased\s+to|came\s+to|exceeded)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/i;
/** A verb ending the words before a figure (`… emissions were`, `… stood at about`), the space before it included. */
const VERB_LAST = /\s(?:were|was|is|are|reached|totall?ed|amounted\s+to|stood\s+at|came\s+to|made\s+up|rose\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|dropped\s+to)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/iu;
const THREE_LETTERS = /\p{L}{3}/u;
/** Units of area, and a verb of extent ending the words before one (`… gardens covered`, `… now cover over`), an adverb of time before it with it. */
const AREA_UNITS: ReadonlySet<string> = new Set(['mu', 'ha', 'acres', 'km2', 'm2']);
const COVERED_LAST = /(?:\s+(?:now|currently|together|today))?\s+(?:covered|covers|cover|spanned|spans|span)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/i;

/**
 * Whether a subject of three letters or more, then the verb joining it to the figure, end `before` (`total greenhouse
 * gas emissions were`): what `/\p{L}{3,}.*\s(?:were|…)…$/iu` tells, without its backtracking over `.*` from every letter
 * (quadratic in a long run-on clause of a PDF's text). The verb ends the words once at most (no qualifier opens with
 * one): letters are wanted before it on its line (`.` reads no line break).
 */
export function subjectThenVerb(before: string): boolean {
  const verb = VERB_LAST.exec(before);
  if (!verb) return false;
  let from = verb.index;
  while (from > 0 && !isLineTerminator(before.charCodeAt(from - 1))) from--;
  return THREE_LETTERS.test(before.slice(from, verb.index));
}

/** What a regular expression's `.` does not read. */
const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/** Pronouns that point back at what was said before instead of naming it: a subject's (`POINTING_WORD`) or a whole's (`POINTING_WHOLE`). */
const POINTING = 'that|this|it';
/** A subject that points back at the sentence before instead of naming a measure (`That is`, `This was`). */
const POINTING_WORD = new RegExp(`^(?:${POINTING}|which)$`, 'i');
const naming = (phrase: string | undefined) => (phrase && !POINTING_WORD.test(phrase) ? phrase : undefined);

/** A figure a quantity came to (`… to`, `… to over`): asked first, as most figures follow no `to`. */
const CAME_TO = /\bto\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/i;
/** `Water withdrawal fell 2.5% year-on-year to`: the subject of a change said before the figure it came to. */
const CHANGED_TO = /^(.+)\s(?:rose|fell|grew|increased|decreased|dropped|declined|climbed|was\s+(?:cut|reduced|lowered|raised))\b[^,;]*?\sto\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/iu;
/** `Gross revenue rose 4.6% to S$512.8 million and`: a clause of its own figure before the subject of the last. */
// (a share's whole said after it is its clause's too: `41.3% of net revenue and up 8.5%`)
const EARLIER_CLAUSE = /^.*(?:\d[.,]\d|\d\s*%|[$€£¥]\s*\d)[\d.,]*(?:\s*(?:million|billion|thousand|[\p{L}$%/²³-]+))?(?:\s+of\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)?\s+(?:and|while|whereas|but)\s+/isu;
/** Words that may lead a figure said as an aside after a comma: `now less than`, `currently over`. */
const ASIDE_LEAD = /^(?:(?:now|currently|today|still|already)\s*)?(?:(?:over|under|nearly|almost|about|around|approximately|more\s+than|less\s+than|fewer\s+than)\s*)?$/i;
const [COMMA, NEWLINE, COLON] = [44, 10, 58];
/** `We cut Scope 1+2 emissions`: the object of a verb of changing, ending its clause. */
const CHANGED_OBJECT = /\b(?:cut|reduced|lowered|raised|increased|decreased|brought\s+down)\s+(?:our\s+|its\s+|their\s+|the\s+)?(.*\p{L}{3,}.*)$/iu;
/** A subject that names something: not a number's list (`Scopes 1, 2 and 3`, cut at its commas), a word of three letters or more that is no joiner. */
const NAMING_SUBJECT = /^(?!\d)(?:.*\s)?(?!(?:and|the|our|its|but|for|with|while)\b)\p{L}{3,}/iu;
/** `we cut water withdrawal to`: the object of a verb of changing, said before the figure it came to. */
const CHANGED_OBJECT_TO = /\b(?:cut|reduced|lowered|raised|increased|decreased|brought)\s+((?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}'’-]{3,})\s+(?:by\s+[^,;]*?\s)?to\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/iu;
/** A dash that opens or closes an aside: spaced, or an em dash. */
const DASH = /\s[-–—]\s|—/;
/** A label of a word or three, a number perhaps among them (`Scope 2`, `Plant 3`), opening a bracket or a clause just before a colon. */
const INLINE_LABEL = /(?:^|[(（;；,，]\s*)(\p{Lu}[\p{L}'’-]*(?:\s+(?:[\p{L}'’-]+|\d{1,2}))?(?:\s+(?:[\p{L}'’-]+|\d{1,2}))?)\s*$/u;
/** An aside's closing dash, then the verb that joins the subject before it to its figure. */
const DASH_THEN_VERB = /(?:\s[-–—]\s*|—\s*)(?:was|were|is|are|reached|totall?ed|amounted\s+to|stood\s+at|came\s+to)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/i;
/** A sentence's subject, then an aside between commas opening with a preposition or a conjunction, up to the clause of the figure. */
const ASIDE_SUBJECT = /^\s*([A-Z][^,;:\d]{1,48}?),\s*(?:after|following|since|despite|although|though|as|when|while|with|like|thanks\s+to)\b[^,;:]*,\s*$/;
/** `with Scope 2 at`, `and water withdrawal at about`: a few words after `with` or `and` (the clause's own), then `at`, ending the words before a figure. */
const STANDS_AT = /\b(?:with|and)\s+((?:[\p{L}\d'’&-]+\s+){0,3}?[\p{L}'’&-]{3,}(?:\s+\d)?)\s+at\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/iu;
const COPULA_AFTER = /^\s*(?:are|were|is|was)\s+(?:the\s+)?([^,.;:()]+)/i;
const CHANGE_PREDICATE = /^(?:up|down|higher|lower|flat|unchanged|stable|level)\b|\d/i;
const SHARE_OF = /^\s*(?:of\s+)(?:the\s+)?([^,.;:()]+)/i;
/** The subject a fraction word's share is said of, its last four words at most, before its verb (`Exports were`, `Cape Town brought in`, `In 2024 online orders made up`). */
const FRACTION_PART = /(?<![\p{L}'’&-])((?:[\p{L}'’&-]+\s+){0,3}[\p{L}'’&-]{3,})\s+(?:were|was|is|are|made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|earned|earns|brought\s+in|brings?\s+in|generated|generates|contributed|contributes|represented|represents|came\s+to)\s*(?:over|more\s+than|nearly|almost|about|around|roughly|approximately|just\s+(?:over|under))?\s*$/iu;
/** A whole said by a pronoun (`of it`, `of them`). */
const POINTING_WHOLE = new RegExp(String.raw`^(?:${POINTING}|them|these|those)\b`, 'i');
const TRAILING_LINK = /\s+(?:worth|of|by|at|to|for|was|were|is|are|reached|totall?ed|amounted|made\s+up|with|over|nearly|almost|about|around|more than|less than|than|up|approximately|some|had|has|have|been|and|or|the|a|an)$/i;
/**
 * Where the words after a figure stop naming it: a comma opening another clause (`, and`, `, which`, `, we remain …`) or a
 * comparison (`, against 141 a year earlier`), a stop or bracket, or a second verb (`carried 46.3 million passengers safely
 * and earned revenue`).
 */
const STOP_AFTER =
  /,\s*(?:[a-z]+ing\b|which|of\s+which|and|while|up|down|an?\s+increase|a\s+decrease|compared|against|(?:we|our|they|it)\b)|[.;:()]|\s(?:accounting\s+for|compared\s+with|compared\s+to|while|which)\s|(?:\s+[a-z]+ly)?\s+(?:and|but)\s+[a-z]+ed\s/i;

/** What parts an English figure's clause. */
const CLAUSE_SEPARATORS = new ClauseSeparators(/[,;:]/);

/** The metric of the English figure at `[start, end)` whose unit text is `unit`, or undefined. */
export function englishMetric(text: string, start: number, end: number, unit: string, sentence: { start: number; end: number }): string | undefined {
  const clause = clauseBounds(text, sentence, start, end, CLAUSE_SEPARATORS);
  // a bullet, a heading or an infographic's next line is no part of the clause (line-items.ts); the
  // unit's words, which may stand on the next line (`398 million⏎Internet users`), are the figure's
  const before = cleanPhrase(text.slice(itemStart(text, afterNumberEnd(text, clause.start, start), start), start));
  const afterText = oneSpaced(text.slice(end, itemEnd(text, unitTextEnd(text, end, unit), sentence.end)));

  // `(Scope 1: 412 tCO2e; Scope 2: 4,260 tCO2e)`: a short label and a colon just before the figure name it, as a fact sheet's line does
  if (text.charCodeAt(clause.start - 1) === COLON && ASIDE_LEAD.test(before)) {
    const label = INLINE_LABEL.exec(text.slice(Math.max(sentence.start, clause.start - 40), clause.start - 1));
    if (label) return label[1];
  }

  // `We cut Scope 1+2 emissions, now less than 1.3 million t-CO2, for …`: an aside of the figure alone measures the clause before it
  if (text.charCodeAt(clause.start - 1) === COMMA && ASIDE_LEAD.test(before) && /^\s*,/.test(text.slice(unitTextEnd(text, end, unit), sentence.end))) {
    const previous = cleanPhrase(text.slice(clauseBounds(text, sentence, clause.start - 1, clause.start - 1, CLAUSE_SEPARATORS).start, clause.start - 1));
    const object = CHANGED_OBJECT.exec(previous);
    const measured = object ? trimWords(object[1]!) : phraseBefore(previous);
    if (measured) return measured;
  }

  // `Santa Luzia, after the debottlenecking of its boiler in 2022, produced a record 2.64 million ADt`: the subject before the aside, and the verb
  if (text.charCodeAt(clause.start - 1) === COMMA && /^[a-z]+ed\b/.test(before)) {
    const aside = ASIDE_SUBJECT.exec(text.slice(sentence.start, clause.start));
    if (aside) return trimWords(`${aside[1]!} ${before.split(' ')[0]!}`);
  }

  // `Water consumption - the water we take in and do not return, most of it evaporated - was 8.43 million tons`: the subject before the dashes
  if (DASH_THEN_VERB.test(before)) {
    const said = text.slice(sentence.start, start);
    const open = said.search(DASH);
    const subject = open > 0 && open < said.lastIndexOf(said.match(DASH_THEN_VERB)![0]) ? phraseBefore(cleanPhrase(said.slice(0, open))) : undefined;
    if (subject && NAMING_SUBJECT.test(subject)) return subject;
  }

  const numberOf = NUMBER_OF.exec(before);
  if (numberOf) return trimWords(numberOf[1]!);

  // `total greenhouse gas emissions were 586,000 tonnes`: a subject joined by its verb names the measure
  if (unit !== '%' && subjectThenVerb(before)) {
    // (`That is 37.7 kgCO2e per thousand vends`: a pointing word names nothing; the unit's own words after the figure do)
    const subject = naming(phraseBefore(before));
    if (subject) return subject;
  }
  // `Certified organic gardens covered 36,800 mu`: what covers an area is what the area measures
  if (AREA_UNITS.has(unit) && COVERED_LAST.test(before)) {
    const subject = phraseBefore(before.replace(COVERED_LAST, ''));
    if (subject && NAMING_SUBJECT.test(subject)) return subject;
  }
  // (not when a line break was read as the clause's start: the subject may run on from the line above)
  if (unit !== '%' && CAME_TO.test(before) && !(clause.start > sentence.start && text.charCodeAt(clause.start - 1) === NEWLINE)) {
    const object = CHANGED_OBJECT_TO.exec(before);
    if (object) return trimWords(object[1]!);
    const changed = CHANGED_TO.exec(before);
    const subject = changed && phraseBefore(changed[1]!.replace(EARLIER_CLAUSE, ''));
    if (subject && NAMING_SUBJECT.test(subject)) return subject;
  }
  // `with Scope 1 at 620 tCO2e and Scope 2 at 6,400 tCO2e`: what a figure stands at, named after `with` or `and`
  const standing = unit === '%' ? null : STANDS_AT.exec(before);
  if (standing) return trimWords(standing[1]!);
  if (unit === '%') {
    const share = SHARE_OF.exec(afterText);
    // (a share said in a fraction word after its subject and verb, `Exports were a quarter of sales`, `Cape Town brought in a
    // fifth of revenue`: the subject is the part, as a share said in digits takes in the amount before it)
    // (not of a whole said by a pronoun, `almost a third of it`: which whole is left to the sentence before)
    const part = share && !/\d/.test(text.slice(start, end)) && !POINTING_WHOLE.test(share[1]!) ? FRACTION_PART.exec(before) : null;
    if (share) return trimWords(part ? `${part[1]!} share of ${share[1]!}` : `share of ${share[1]!}`);
    // (`Boatyard revenue fell 4.0% and fuel sales fell 8.9%`: the clause of the figure before is no part of this one's)
    return phraseBefore(before.replace(EARLIER_CLAUSE, '') || before);
  }

  const rest = skipUnit(afterText, unit);
  // (`Box office of RMB38.64 billion was up 9.7%`: a change said after the copula names nothing the figure measures; the words before do)
  const copula = COPULA_AFTER.exec(rest);
  if (copula && !CHANGE_PREDICATE.test(copula[1]!)) return trimWords(copula[1]!);
  const named = copula ? phraseBefore(before) : undefined;
  if (named) return named;

  if (/^[A-Za-z]/.test(unit) && unit !== unit.toUpperCase()) {
    const unitFollows = rest !== afterText;
    const said = predicateAfter(rest);
    // `2,960 MWh of the grid electricity we bought was on a renewable tariff`: a part of that whole, which its own verb names
    const part = PART_OF_THE.exec(said);
    if (part) return trimWords(`${part[1]!} ${part[2]!}`);
    const predicate = said.replace(/^\s*of\s+/i, ' ');
    return trimWords(unitFollows ? `${unit} ${predicate}` : predicate);
  }
  const nounAfter = /^\s*([a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})/i.exec(rest);
  const phrase = naming(phraseBefore(before));
  // `, and 13.26 million TEU of containers, up 4.8%`: a clause opened by a joining word alone names its figure after it
  const thingAfter = phrase && JOINING_WORD.test(phrase) ? THING_AFTER.exec(rest) : null;
  if (thingAfter) return trimWords(predicateAfter(rest).replace(/^\s*of\s+/i, ' ')) ?? phrase;
  if (phrase) return phrase;
  return nounAfter ? trimWords(predicateAfter(rest)) : undefined;
}

/** `of the grid electricity we bought was on a renewable tariff`: the whole a figure is part of, then the verb that says which part. */
const PART_OF_THE = /^\s*of\s+the\s+((?:[a-z][\w-]*\s+){1,5}?)(?:was|were|is|are|came)\s+(\S.*)$/i;

/** The text after the figure without its unit words, when the unit follows it. */
function skipUnit(after: string, unit: string): string {
  const trimmed = after.replace(/^\s+/, '');
  return unit && trimmed.toLowerCase().startsWith(unit.toLowerCase()) ? trimmed.slice(unit.length) : after;
}

/** A sentence's end after a number, which the sentence bounds read as a decimal point's kin: `for 244,000. Operating revenue was`. */
const NUMBER_THEN_END = /\d\.\s+(?=[A-Z][a-z])/g;

/** Where the words before a figure start once a sentence ended by a number before them is left out. */
function afterNumberEnd(text: string, from: number, start: number): number {
  // most clauses hold no point at all: a cheap test first, bounded by the clause (a search back from
  // `start` would cross the whole of a text without a point, for every figure)
  if (!text.slice(from, start).includes('.')) return from;
  let at = from;
  for (const m of text.slice(from, start).matchAll(NUMBER_THEN_END)) at = from + m.index + m[0].length;
  return at;
}

/** The clause's predicate after the subject: `ordered takeout online`; an appositive holding a figure is skipped. */
function predicateAfter(rest: string): string {
  let r = rest;
  const appositive = APPOSITIVE.exec(r);
  if (appositive) r = r.slice(appositive[0].length).replace(NEW_CLAUSE, '');
  const stop = STOP_AFTER.exec(r);
  let predicate = (stop ? r.slice(0, stop.index) : r).replace(/^\s*,\s*/, ' ');
  // another figure in it is another claim (`5,940 people, 1,188 of them women`, `20,000 volunteer
  // hours with 2,436 participations`): the predicate ends before it, and its linking words with it
  const figure = OTHER_FIGURE.exec(predicate);
  if (figure) {
    predicate = ` ${predicate.slice(0, figure.index).trim()}`;
    for (let i = 0; i < 4 && LINK_BEFORE_FIGURE.test(predicate); i++) predicate = predicate.replace(LINK_BEFORE_FIGURE, '');
  }
  return predicate;
}
/** The words that led to that other figure (`in 230 community programmes`, `from 35%`, `per 1m invested`). */
const LINK_BEFORE_FIGURE = /\s+(?:in|on|from|per|into|across|among|via|through|including|of|by|at|to|for|with|over|under|nearly|almost|about|around|than|more|less|fewer|up|down|approximately|some|and|or|the|a|an|its|their|our|was|were|is|are|had|has|have|been|reaching|totalling|totaling)$/i;
/** A number after the figure that is another figure: not a year (`in 2020`, `FY2022`), not a code after its capitalised word (`Scope 2`, `ISO 50001`) or glued to letters (`A4 paper`, `5G`). */
const OTHER_FIGURE = /(?<!\b[A-Z][A-Za-z]*)(?:^|\s)(?![12]\d{3}\b)(?:[$£€¥]|[A-Z]{1,3}\$|RMB|HK\$)?\d(?![\d.,]*[A-Z]\b)/;
/**
 * `, or 76.8% of the total internet users,`: a comma clause holding a figure, closed by a comma —
 * neither comma a thousands separator, the clause not crossing a sentence's end (a point only
 * inside a number: `76.8%`), nor opening an -ing clause (`, including 4,410 fresh graduates,`).
 */
const APPOSITIVE = /^\s*,(?!\s*[a-z]+ing\b)(?:[^,.;:()]|(?<=\d)[.,](?=\d))*\d(?:[^,.;:()]|(?<=\d)[.,](?=\d))*,(?!\d{3})/;
/** What after such a clause opens a clause of its own (`, and our voluntary turnover rate fell`, `, saving an estimated…`, `, of which 312 were…`). */
const NEW_CLAUSE = /^\s*(?:and|but|while|whereas|which|who|of\s+which|of\s+whom|[a-z]+ing)\b[\s\S]*/i;

function phraseBefore(before: string): string | undefined {
  let phrase = before;
  for (let i = 0; i < 4 && TRAILING_LINK.test(phrase); i++) phrase = phrase.replace(TRAILING_LINK, '');
  const object = JOINED_OBJECT.exec(phrase) ?? JOINED_AFTER_FIGURE.exec(phrase);
  return trimWords(object ? object[1]! : phrase, true);
}

/** `… 36.84 million tons of crude steel and earned an operating profit`: the object of a second verb joined by `and`, not the first's words. */
const JOINED_OBJECT = /\b(?:and|while|but)\s+[a-z]+ed\s+(?:an?|the|our|its|their)\s+(\S.*)$/i;
/**
 * `served 24.6 million passengers and earned revenue of`: after a figure, the bare object of a second verb (a figure before it
 * tells the verb from an adjective: `Contract and licensed printing`).
 */
const JOINED_AFTER_FIGURE = /\d[^\d]*?\b(?:and|while|but)\s+[a-z]+ed\s+(?!an?\b|the\b|our\b|its\b|their\b)(\S.*)$/i;

/** A clause's whole lead before its figure when it is a joining word alone. */
const JOINING_WORD = /^(?:and|or|but|while|plus)$/i;
/** `of containers`: the thing a figure of a unit counts, said after it. */
const THING_AFTER = /^\s*of\s+[a-z]/i;

/** What parts words: anything but letters, digits, apostrophes, hyphens and an ampersand between letters (`R&D`). */
const NOT_WORD = /(?:(?!(?<=\p{L})&(?=\p{L}))[^\p{L}\p{N}'’-])+/u;
const AMPERSAND = 38;
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isWordCode = (c: number) => isLetterCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 45;

/** A number of one or two digits standing as a word: a code's (`Scope 1`, `Tier 2`), no amount. */
const CODE_NUMBER = /^\d{1,2}$/;

/**
 * Where a cut at word `from` begins once a code's number it would leave without its word takes the word back: `Scope 1 and 2
 * emissions per employee`, not `1 and 2 …`; `from` itself when the words before the number are no word of letters (`0.55`).
 */
function codeWordBefore(words: readonly string[], from: number): number {
  let at = from;
  while (at > 0 && (CODE_NUMBER.test(words[at]!) || (/^(?:and|or)$/i.test(words[at]!) && CODE_NUMBER.test(words[at - 1]!)))) at--;
  return at < from && /^\p{L}+$/u.test(words[at]!) ? at : from;
}

/** At most eight words, or the last six when `fromEnd` (the words nearest the figure). */
function trimWords(phrase: string, fromEnd = false): string | undefined {
  const words = wordsOf(phrase);
  const kept = fromEnd ? words.slice(codeWordBefore(words, Math.max(0, words.length - 6))) : words.slice(0, 8);
  const out = kept.join(' ');
  return TWO_LETTERS.test(out) ? out : undefined;
}


/**
 * The phrase's words, as `split(NOT_WORD)` gives them: asked of every English figure, so an ASCII
 * phrase (where a letter is A-Z or a-z and a digit 0-9) is read by character codes instead.
 */
function wordsOf(phrase: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c > 127) return phrase.split(NOT_WORD).filter(Boolean);
    const inWord = isWordCode(c) || (c === AMPERSAND && isLetterCode(phrase.charCodeAt(i - 1)) && isLetterCode(phrase.charCodeAt(i + 1)));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(phrase.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(phrase.slice(start));
  return words;
}
