// The evidence recorded when the auditor relies on an automated check or disputes what it found:
// which Tickmark ran which rule and what it said (`Automated check by Tickmark 0.1.0, rule
// sum.table-row: ✓ 1 + 2 = 3 (expected 3, stated 3)`). It is sealed in the trail in English, as the
// CSV and the CLI speak; `write` makes it and `read` takes it back apart (the line as its saying),
// so the UI can say it in its own language (automatedWorkText) without a second copy of the format.

import type { TFunction } from 'i18next';
import { readSaying, type CheckSaying } from '../../../../shared/checks/sayings';
import type { Check } from '../../../../shared/checks/types';
import { checkLine } from './check-line';

/** Which Tickmark ran the check: recorded with the work it did. */
export const TICKMARK_VERSION = '0.1.0';

export interface AutomatedWork {
  version: string;
  rule: string;
  /** The check's line in English, as `Check.message`. */
  message: string;
  expected?: number;
  stated?: number;
}

const PREFIX = 'Automated check by Tickmark ';
const WORDS = /^Automated check by Tickmark (?<version>\S+), rule (?<rule>\S+): (?<message>[^]*?)(?: \(expected (?<expected>[^\s,()]+)(?:, stated (?<stated>[^\s,()]+))?\))?$/u;

/** The evidence as recorded. */
export function writeAutomatedWork({ version, rule, message, expected, stated }: AutomatedWork): string {
  const result = expected === undefined ? '' : ` (expected ${expected}${stated === undefined ? '' : `, stated ${stated}`})`;
  return `${PREFIX}${version}, rule ${rule}: ${message}${result}`;
}

/** The work a recorded evidence names, or null for evidence of any other kind (a link, a reference written by hand). */
export function readAutomatedWork(evidence: string): AutomatedWork | null {
  if (!evidence.startsWith(PREFIX)) return null;
  const groups = WORDS.exec(evidence)?.groups;
  if (!groups) return null;
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const work: AutomatedWork = { version: groups.version!, rule: groups.rule!, message: groups.message!, expected: number(groups.expected), stated: number(groups.stated) };
  // Read back only what writes the very same words: a number that does not print as recorded is not ours.
  return writeAutomatedWork(work) === evidence ? work : null;
}

/** The work of `check` by this Tickmark, as its evidence records it. */
export const automatedWork = (check: Pick<Check, 'rule' | 'message' | 'expected' | 'stated'>): string =>
  writeAutomatedWork({ version: TICKMARK_VERSION, rule: check.rule, message: check.message, expected: check.expected, stated: check.stated });

/** Recorded automated work in the UI's language, around its rule (a code, shown as it is): `before <rule>after`. */
export interface AutomatedWorkText {
  before: string;
  rule: string;
  after: string;
  says: CheckSaying;
}

/** `evidence` said in the UI's language when it records automated work whose line a check template makes; null otherwise. */
export function automatedWorkText(t: TFunction, evidence: string): AutomatedWorkText | null {
  const work = readAutomatedWork(evidence);
  const says = work && readSaying(work.message);
  if (!work || !says) return null;
  const line = checkLine(t, { says });
  const after =
    work.expected === undefined
      ? t('checks.work.after', { line })
      : work.stated === undefined
        ? t('checks.work.afterExpected', { line, expected: String(work.expected) })
        : t('checks.work.afterStated', { line, expected: String(work.expected), stated: String(work.stated) });
  return { before: t('checks.work.before', { version: work.version }), rule: work.rule, after, says };
}

/**
 * A note recorded with automated work — relying on a check records its line as the note — in the
 * UI's language; any other note as written.
 */
export function recordedNoteText(t: TFunction, note: string, evidence: string | undefined): string {
  const work = evidence === undefined ? null : readAutomatedWork(evidence);
  const says = work && work.message === note ? readSaying(note) : null;
  return says ? checkLine(t, { says }) : note;
}
