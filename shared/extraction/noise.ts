import type { Candidate, CandidateKind, Script } from './candidate';
import { wordAfter, wordBeforeAcrossWrap } from './context';
import type { Word } from './context';
import { COUNT_NOISE_RULES as counts } from './noise-counts';
import { LAYOUT_NOISE_RULES as layout } from './noise-layout';
import { CODE_NOISE_RULES as codes } from './noise-codes';
import { DATE_NOISE_RULES as dates } from './noise-dates';
import { VERB_NOISE_RULES } from './noise-verbs';
import { CONSTANT_NOISE_RULES } from './noise-constants';
import { RETURN_PERIOD_NOISE_RULES } from './noise-return-period';
import { PHRASE_NOISE_RULES } from './noise-phrases';
import { LIMIT_NOISE_RULES } from './noise-limits';
import { LABEL_CELL_NOISE_RULES } from './noise-label-cells';
import { BUCKET_NOISE_RULES } from './noise-buckets';
import { DEFINITION_NOISE_RULES } from './noise-definitions';
import { AGE_GROUP_NOISE_RULES } from './noise-age-groups';
import { PARTY_CONGRESS_NOISE_RULES } from './noise-party-congress';

// Numbers that are not claimed figures (GUIDELINES.md, "Exclude"). Each rule is one named
// predicate over a candidate and the text around it; `noiseReason` returns the first that fires.
// The rules live in noise-*.ts by what the number is instead of a figure: a count of nothing
// claimed, a part of the page's layout, a code or a name, a date or a time, a set phrase, a verb's
// multiplier, a method's constant, a return period, the bounds of groups, a definition's criteria.

/** The words around a candidate, read once and shared by the rules. */
export class Around {
  private before?: Word | null;
  private after?: Word | null;
  constructor(
    readonly text: string,
    readonly c: Candidate,
  ) {}
  /**
   * The ASCII word just before the figure: on its line, or at the end of the line above where a
   * PDF wrapped prose before the figure (`the top⏎five sectors`, `higher than⏎26 degrees`).
   */
  get prevWord(): Word | null {
    if (this.before === undefined) this.before = wordBeforeAcrossWrap(this.text, this.c.start);
    return this.before;
  }
  /** The ASCII word just after the figure's span (same line). */
  get nextWord(): Word | null {
    if (this.after === undefined) this.after = wordAfter(this.text, this.c.end);
    return this.after;
  }
}

type Drop = (text: string, c: Candidate, around: Around) => boolean;

export interface NoiseRule {
  name: string;
  /** The scripts of the numbers the rule can drop, where its first test names them; absent: any. */
  scripts?: readonly Script[];
  /** The kinds of candidate the rule can drop, where its first test names them; absent: any. */
  kinds?: readonly CandidateKind[];
  drop: Drop;
}

/** The rules, in the order they are tried: the first that fires names why a candidate is dropped. */
export const NOISE_RULES: NoiseRule[] = [
  counts.articleOne,
  layout.pageOrTocNumber,
  layout.tableOfContentsEntry,
  counts.bareNumber,
  codes.versionNumber,
  dates.year,
  dates.period,
  dates.zhYear,
  dates.date,
  dates.centuries,
  dates.dateWithMonthName,
  dates.timeOfDay,
  dates.ageOrGeneration,
  dates.aged,
  counts.temperature,
  dates.clockTime,
  codes.ordinal,
  counts.threshold,
  codes.codeWordBefore,
  dates.relativeOrFramingDuration,
  dates.halfYear,
  layout.sectionNumber,
  layout.noteNumber,
  layout.noteMark,
  counts.zhSpacedNoun,
  layout.longId,
  counts.zhNumeralWithoutMeasure,
  layout.unitStatement,
  layout.unitCell,
  counts.zhVery,
  counts.digitCount,
  layout.formulaOperand,
  codes.nameSuffix,
  codes.eventName,
  codes.multiplierName,
  codes.tierLabel,
  codes.streetAddress,
  counts.anaphoricCount,
  counts.rankedSet,
  codes.quotedName,
  codes.schemeName,
  codes.rankingOrDayName,
  codes.bookTitle,
  codes.idiom,
  codes.capitalizedCode,
  ...PHRASE_NOISE_RULES,
  ...VERB_NOISE_RULES,
  ...CONSTANT_NOISE_RULES,
  ...RETURN_PERIOD_NOISE_RULES,
  ...LIMIT_NOISE_RULES,
  ...LABEL_CELL_NOISE_RULES,
  ...BUCKET_NOISE_RULES,
  ...DEFINITION_NOISE_RULES,
  ...AGE_GROUP_NOISE_RULES,
  ...PARTY_CONGRESS_NOISE_RULES,
];

// Most rules drop numbers of one script or a few kinds only (a year, a Chinese numeral), and a
// kept candidate would otherwise be put to all of them: each script and kind gets the rules that
// can drop it, in their order, chosen once.

/** Every script and kind a candidate may have (the compiler checks that the lists are whole). */
const SCRIPTS: Record<Script, true> = { arabic: true, zh: true, en: true };
const KINDS: Record<CandidateKind, true> = {
  none: true, noun: true, code: true, currency: true, percent: true, pp: true, measure: true, count: true, times: true, tenth: true,
  duration: true, year: true, date: true, decade: true, age: true, generation: true, temperature: true, ordinal: true, big: true,
};

/** The rules to try on one script and kind: their tests and names side by side. */
interface RuleList {
  drops: Drop[];
  names: string[];
}

const ruleList = (rules: readonly NoiseRule[]): RuleList => ({ drops: rules.map((r) => r.drop), names: rules.map((r) => r.name) });

const mayDrop = (r: NoiseRule, script: Script, kind: CandidateKind): boolean => (!r.scripts || r.scripts.includes(script)) && (!r.kinds || r.kinds.includes(kind));

const ALL_RULES = ruleList(NOISE_RULES);
const RULES_FOR = new Map(
  (Object.keys(SCRIPTS) as Script[]).map((s) => [s, new Map((Object.keys(KINDS) as CandidateKind[]).map((k) => [k, ruleList(NOISE_RULES.filter((r) => mayDrop(r, s, k)))]))]),
);

/** The first noise rule that rejects the candidate, or null when it is a claimed figure. */
export function noiseReason(text: string, c: Candidate): string | null {
  const { drops, names } = RULES_FOR.get(c.form.script)?.get(c.kind) ?? ALL_RULES;
  const around = new Around(text, c);
  for (let k = 0; k < drops.length; k++) if (drops[k]!(text, c, around)) return names[k]!;
  return null;
}

