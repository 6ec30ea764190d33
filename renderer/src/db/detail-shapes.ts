/**
 * The details the app records with its events, one definition per shape: `write` makes the English
 * words sealed in the trail (as the CSV and the CLI show them), `read` takes recorded words back
 * to their values so the trail view can say them in the UI's language (i18n/detail-text.ts). A
 * reader returns values only when writing them gives the very words it read, so a writer and its
 * reader cannot drift apart without detail-shapes.test.ts saying so. The words are those sealed in
 * existing trails: change them and old trails are no longer read (the test pins them).
 */
import { QUALIFIERS, type Qualifier } from '../../../shared/domain/figure';
import { REVIEW_STATUSES, type ReviewStatus, type Role } from '../../../shared/domain/review';
import { FIGURE_STATUSES, type FigureStatus } from '../../../shared/domain/verdict';

export interface DetailShape<V> {
  write(values: V): string;
  /** The values `detail` was written from, or null when this shape did not write it. */
  read(detail: string): V | null;
}

/** A shape from its writer, a pattern of its words and how the pattern's groups make its values. */
function shape<V>(write: (values: V) => string, words: RegExp, values: (groups: Record<string, string>) => V | null): DetailShape<V> {
  return {
    write,
    read(detail) {
      const groups = words.exec(detail)?.groups;
      const read = groups ? values(groups) : null;
      return read !== null && write(read) === detail ? read : null;
    },
  };
}

const integer = (text: string) => Number(text.replace(/,/g, ''));
const oneOf = <T extends string>(codes: readonly T[], text: string): T | null => (codes.includes(text as T) ? (text as T) : null);

export interface ImportedDocument {
  file: string;
  format: string;
  bytes: number;
  sha256: string;
}
const imported = ({ file, format, bytes, sha256 }: ImportedDocument) => `${file} (${format}, ${bytes} bytes, sha256 ${sha256})`;
const IMPORTED = String.raw`^(?<file>.+) \((?<format>\w+), (?<bytes>\d+) bytes, sha256 (?<sha256>[0-9a-f]{64})\)`;
const importedValues = (g: Record<string, string>): ImportedDocument => ({ file: g.file!, format: g.format!, bytes: integer(g.bytes!), sha256: g.sha256! });

/** A report imported, with the figures extracted from it. */
export const reportImported = shape<ImportedDocument & { figures: number }>(
  (v) => `${imported(v)}: ${v.figures} figures`,
  new RegExp(`${IMPORTED}: (?<figures>\\d+) figures$`),
  (g) => ({ ...importedValues(g), figures: integer(g.figures!) }),
);

/** An evidence document imported: its figures and its workbook's cells indexed. */
export const evidenceImported = shape<ImportedDocument & { figures: number; cells: number }>(
  (v) => `${imported(v)}: evidence, ${v.figures} figures and ${v.cells} cells indexed`,
  new RegExp(`${IMPORTED}: evidence, (?<figures>\\d+) figures and (?<cells>\\d+) cells indexed$`),
  (g) => ({ ...importedValues(g), figures: integer(g.figures!), cells: integer(g.cells!) }),
);

/** The trail or an archive written to a file. */
export const eventsExported = shape<{ count: number; path: string }>(
  ({ count, path }) => `${count} events to ${path}`,
  /^(?<count>\d+) events to (?<path>.+)$/,
  (g) => ({ count: integer(g.count!), path: g.path! }),
);

/** Events merged from an archive, and who sealed it with which key. */
export const archiveImported = shape<{ count: number; file: string; signer: string; fingerprint: string }>(
  ({ count, file, signer, fingerprint }) => `${count.toLocaleString('en-US')} event${count === 1 ? '' : 's'} from ${file}, sealed by ${signer} with key ${fingerprint}`,
  /^(?<count>[\d,]+) events? from (?<file>.+), sealed by (?<signer>.+) with key (?<fingerprint>\S+)$/,
  (g) => ({ count: integer(g.count!), file: g.file!, signer: g.signer!, fingerprint: g.fingerprint! }),
);

/** A signing key the engagement trusts from now on. */
export const keyTrusted = shape<{ fingerprint: string; owner: string; publicKey: string }>(
  ({ fingerprint, owner, publicKey }) => `Ed25519 key ${fingerprint} of ${owner}, public key ${publicKey}`,
  /^Ed25519 key (?<fingerprint>\S+) of (?<owner>.+), public key (?<publicKey>[0-9a-f]+)$/,
  (g) => ({ fingerprint: g.fingerprint!, owner: g.owner!, publicKey: g.publicKey! }),
);

const ROLE_WORDS: Record<Role, string> = { preparer: 'Preparer', reviewer: 'Reviewer' };
/** A member who takes the other role: the role they held until now. */
export const roleUntilNow = shape<{ role: Role }>(
  ({ role }) => `${ROLE_WORDS[role]} until now`,
  /^(?<role>Preparer|Reviewer) until now$/,
  (g) => ({ role: g.role === 'Preparer' ? 'preparer' : 'reviewer' }),
);

/** An undo of a preparer's decision: which, by whom, when. */
export const decisionUndone = shape<{ status: FigureStatus; actor: string; at: string }>(
  ({ status, actor, at }) => `Undoes the decision (${status}) by ${actor} at ${at}.`,
  /^Undoes the decision \((?<status>\w+)\) by (?<actor>.+) at (?<at>\S+)\.$/,
  (g) => {
    const status = oneOf(FIGURE_STATUSES, g.status!);
    return status && { status, actor: g.actor!, at: g.at! };
  },
);

const NO_REVIEWER = 'the reviewer';
/** An undo of a review: which, by whom (a review recorded before reviewers were named has none), when. */
export const reviewUndoneBy = shape<{ review: ReviewStatus; reviewer?: string; at: string }>(
  ({ review, reviewer, at }) => `Undoes the review (${review}) by ${reviewer ?? NO_REVIEWER} at ${at}.`,
  /^Undoes the review \((?<review>\w+)\) by (?<reviewer>.+) at (?<at>\S+)\.$/,
  (g) => {
    const review = oneOf(REVIEW_STATUSES, g.review!);
    return review && (g.reviewer === NO_REVIEWER ? { review, at: g.at! } : { review, reviewer: g.reviewer!, at: g.at! });
  },
);

type UndoneReview = 'signed_off' | 'sent_back';
const UNDONE_WORDS: Record<UndoneReview, string> = { signed_off: 'signed off', sent_back: 'sent back' };
/** A change that puts the figure's review back to unreviewed, after what else it records (a correction), if anything. */
export const reviewUndone = shape<{ before?: string; was: UndoneReview }>(
  ({ before, was }) => `${before ? `${before}. ` : ''}Review back to unreviewed (it was ${UNDONE_WORDS[was]}).`,
  /^(?:(?<before>[^]+)\. )?Review back to unreviewed \(it was (?<was>signed off|sent back)\)\.$/,
  (g) => ({ ...(g.before === undefined ? {} : { before: g.before }), was: g.was === 'signed off' ? 'signed_off' : 'sent_back' }),
);

/** What a correction changed, part by part; values and units as recorded (`18,800,000,000`, `CNY`). */
export type CorrectionPart = { part: 'value' | 'unit'; from: string; to: string } | { part: 'qualifier'; from: Qualifier; to: Qualifier };
const correctionPart = (p: CorrectionPart) =>
  p.part === 'value' ? `value ${p.from} → ${p.to}` : p.part === 'unit' ? `unit "${p.from}" → "${p.to}"` : `qualifier ${p.from} → ${p.to}`;
function readCorrectionPart(words: string): CorrectionPart | null {
  const value = /^value (?<from>.+) → (?<to>.+)$/.exec(words)?.groups;
  if (value) return { part: 'value', from: value.from!, to: value.to! };
  const unit = /^unit "(?<from>.*)" → "(?<to>.*)"$/.exec(words)?.groups;
  if (unit) return { part: 'unit', from: unit.from!, to: unit.to! };
  const qualifier = /^qualifier (?<from>\w+) → (?<to>\w+)$/.exec(words)?.groups;
  const from = qualifier && oneOf(QUALIFIERS, qualifier.from!);
  const to = qualifier && oneOf(QUALIFIERS, qualifier.to!);
  return from && to ? { part: 'qualifier', from, to } : null;
}
/** A value corrected: only what changed, in a fixed order. */
export const corrected = shape<{ parts: CorrectionPart[] }>(
  ({ parts }) => parts.map(correctionPart).join('; '),
  /^(?<all>[^]+)$/,
  (g) => {
    const parts = g.all!.split('; ').map(readCorrectionPart);
    return parts.every((part) => part !== null) ? { parts: parts as CorrectionPart[] } : null;
  },
);

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', over: 'over ', nearly: 'nearly ', about: 'about ', under: 'under ', up_to: 'up to ' };
/** A figure's whole claim in one phrase (`over 30,000–40,000 users`): its qualifier and its amount as recorded. */
export const describedValue = shape<{ qualifier: Qualifier; amount: string }>(
  ({ qualifier, amount }) => `${QUALIFIER_WORDS[qualifier]}${amount}`,
  /^(?<qualifier>(?:over|nearly|about|under|up to) )?(?<amount>.+)$/,
  (g) => ({ qualifier: QUALIFIERS.find((code) => QUALIFIER_WORDS[code] === (g.qualifier ?? ''))!, amount: g.amount! }),
);

/** A figure the auditor added by hand: its text, where it stands, its value. */
export const figureAdded = shape<{ text: string; start: number; end: number; value: string }>(
  ({ text, start, end, value }) => `"${text}" at ${start}–${end}: ${value}`,
  /^"(?<text>[^]*)" at (?<start>\d+)–(?<end>\d+): (?<value>.+)$/,
  (g) => ({ text: g.text!, start: integer(g.start!), end: integer(g.end!), value: g.value! }),
);
