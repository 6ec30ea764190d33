/**
 * An event's recorded detail in the UI's language. The detail is part of the sealed trail, so it is
 * recorded once, in English, and never rewritten; the trail view says the details the app itself
 * writes (renderer/src/db: a report or evidence imported, the trail or archive exported, an archive
 * imported, a key trusted, a role taken over, a decision or review undone, a review undone by a
 * later change, a value corrected, a figure added) from the catalogue's `trail.detail` section,
 * reading their numbers and names back out of the recorded words. Any other detail is shown as
 * recorded.
 */
import type { AuditAction } from '../../../shared/audit/event';
import { i18next } from './i18n';

type Values = Record<string, string | number>;

/** A recorded shape: the action that records it, its words with their values named, and the values the catalogue needs. */
interface Shape {
  /** None: any action may record it. */
  action?: AuditAction;
  words: RegExp;
  key: string;
  values?: (groups: Record<string, string>) => Values;
}

const number = (text: string | undefined) => Number(text ?? 0);
/** A catalogue's label for a recorded code (`confirmed`, `signed_off`, `up_to`), or the code where there is none. */
const label = (section: string, code: string | undefined) => (i18next.exists(`${section}.${code}`) ? say(`${section}.${code}`, {}) : (code ?? ''));
/** A qualifier as describeFigureValue records it ('up to 5 %'), said in the catalogue's words. */
function describedValue(recorded: string): string {
  const qualifier = /^(over|nearly|about|under|up to) /.exec(recorded);
  return qualifier ? `${label('qualifier', qualifier[1]!.replace(' ', '_'))} ${recorded.slice(qualifier[0].length)}` : recorded;
}
/** One change of a correction as describeCorrection records it. */
function correctionPart(part: string): string {
  const value = /^value (?<from>.+) → (?<to>.+)$/.exec(part)?.groups;
  if (value) return say('trail.detail.valueChanged', { from: value.from!, to: value.to! });
  const unit = /^unit "(?<from>.*)" → "(?<to>.*)"$/.exec(part)?.groups;
  if (unit) return say('trail.detail.unitChanged', { from: unit.from!, to: unit.to! });
  const qualifier = /^qualifier (?<from>\w+) → (?<to>\w+)$/.exec(part)?.groups;
  if (qualifier) return say('trail.detail.qualifierChanged', { from: label('qualifier', qualifier.from), to: label('qualifier', qualifier.to) });
  return part;
}
const REVIEW_UNDONE = / ?Review back to unreviewed \(it was (?<was>signed off|sent back)\)\.$/;
const reviewUndone = (was: string | undefined) => say('trail.detail.reviewUndone', { review: label('review', was?.replace(' ', '_')) });
/** A format as recorded (`txt`, `xlsx`) by its name in the catalogue's `document.formatName`, where it has one. */
const formatName = (format: string) => (i18next.exists(`document.formatName.${format}`) ? i18next.t(`document.formatName.${format}` as 'document.formatName.pdf') : format);

const SHAPES: readonly Shape[] = [
  {
    action: 'document.imported',
    words: /^(?<file>.+) \((?<format>\w+), (?<bytes>\d+) bytes, sha256 [0-9a-f]{64}\): (?<figures>\d+) figures$/,
    key: 'trail.detail.reportImported',
    values: ({ file, format, bytes, figures }) => ({ file: file!, format: formatName(format!), bytes: number(bytes), count: number(figures) }),
  },
  {
    action: 'document.imported',
    words: /^(?<file>.+) \((?<format>\w+), (?<bytes>\d+) bytes, sha256 [0-9a-f]{64}\): evidence, (?<figures>\d+) figures and (?<cells>\d+) cells indexed$/,
    key: 'trail.detail.evidenceImported',
    values: ({ file, format, bytes, figures, cells }) => ({ file: file!, format: formatName(format!), bytes: number(bytes), count: number(figures), cells: number(cells) }),
  },
  { action: 'trail.exported', words: /^(?<count>\d+) events to (?<path>.+)$/, key: 'trail.detail.exported' },
  { action: 'archive.exported', words: /^(?<count>\d+) events to (?<path>.+)$/, key: 'trail.detail.exported' },
  {
    action: 'archive.imported',
    words: /^(?<count>\d+) events? from (?<file>.+), sealed by (?<signer>.+) with key (?<fingerprint>\S+)$/,
    key: 'trail.detail.archiveImported',
  },
  { action: 'engagement.key_trusted', words: /^Ed25519 key (?<fingerprint>\S+) of (?<owner>.+), public key [0-9a-f]+$/, key: 'trail.detail.keyTrusted' },
  {
    action: 'engagement.member_added',
    words: /^(?<role>Preparer|Reviewer) until now$/,
    key: 'trail.detail.roleUntilNow',
    values: ({ role }) => ({ role: label('role', role!.toLowerCase()) }),
  },
  {
    action: 'figure.undone',
    words: /^Undoes the decision \((?<status>\w+)\) by (?<actor>.+) at (?<at>\S+)\.$/,
    key: 'trail.detail.decisionUndone',
    values: ({ status, actor, at }) => ({ status: label('status', status), actor: actor!, at: at! }),
  },
  {
    action: 'figure.undone',
    words: /^Undoes the review \((?<review>\w+)\) by (?<actor>.+) at (?<at>\S+)\.$/,
    key: 'trail.detail.reviewUndoneBy',
    values: ({ review, actor, at }) => ({ review: label('review', review), actor: actor!, at: at! }),
  },
  {
    action: 'figure.added',
    words: /^"(?<text>.*)" at (?<start>\d+)–(?<end>\d+): (?<value>.+)$/,
    key: 'trail.detail.figureAdded',
    values: ({ text, start, end, value }) => ({ text: text!, start: number(start), end: number(end), value: describedValue(value!) }),
  },
];

const say = (key: string, values: Values): string => (i18next.t as unknown as (key: string, values: object) => string)(key, values);

/** `detail`, recorded with `action`, in the UI's language where the app knows its shape; as recorded otherwise. */
export function detailText(action: AuditAction, detail: string): string {
  const undone = REVIEW_UNDONE.exec(detail);
  if (undone) {
    const before = detail.slice(0, undone.index).replace(/\.$/, '');
    const rest = before === '' ? '' : detailText(action, before);
    return [rest, reviewUndone(undone.groups!.was)].filter(Boolean).join(say('trail.detail.separator', {}));
  }
  if (action === 'figure.corrected') return detail.split('; ').map(correctionPart).join(say('trail.detail.separator', {}));
  for (const shape of SHAPES) {
    if (shape.action !== undefined && shape.action !== action) continue;
    const groups = shape.words.exec(detail)?.groups;
    if (!groups) continue;
    const values = shape.values ? shape.values(groups) : { ...groups, count: number(groups.count) };
    return say(shape.key, values);
  }
  return detail;
}
