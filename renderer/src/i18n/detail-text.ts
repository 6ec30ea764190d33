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
import {
  archiveImported,
  corrected,
  decisionUndone,
  describedValue,
  eventsExported,
  evidenceImported,
  figureAdded,
  keyTrusted,
  reportImported,
  reviewUndone,
  reviewUndoneBy,
  roleUntilNow,
  type CorrectionPart,
  type DetailShape,
} from '../db/detail-shapes';
import { i18next } from './i18n';

type Values = Record<string, string | number>;

const say = (key: string, values: Values = {}): string => (i18next.t as unknown as (key: string, values: object) => string)(key, values);
/** A catalogue's label for a recorded code (`confirmed`, `signed_off`, `up_to`), or the code where there is none. */
const label = (section: string, code: string) => (i18next.exists(`${section}.${code}`) ? say(`${section}.${code}`) : code);
/** A format as recorded (`txt`, `xlsx`) by its name in the catalogue's `document.formatName`, where it has one. */
const formatName = (format: string) => (i18next.exists(`document.formatName.${format}`) ? say(`document.formatName.${format}`) : format);
/** A figure's value as recorded (`up to 5 %`), its qualifier in the catalogue's words. */
function valueText(recorded: string): string {
  const value = describedValue.read(recorded);
  return value && value.qualifier !== 'exact' ? `${label('qualifier', value.qualifier)} ${value.amount}` : recorded;
}
function partText(part: CorrectionPart): string {
  if (part.part === 'value') return say('trail.detail.valueChanged', { from: part.from, to: part.to });
  if (part.part === 'unit') return say('trail.detail.unitChanged', { from: part.from, to: part.to });
  return say('trail.detail.qualifierChanged', { from: label('qualifier', part.from), to: label('qualifier', part.to) });
}

/** A shape's detail said from the catalogue; null when the shape did not write it. */
type Reader = (detail: string) => string | null;
const said =
  <V>(shape: DetailShape<V>, words: (values: V) => string): Reader =>
  (detail) => {
    const values = shape.read(detail);
    return values && words(values);
  };
const exported = said(eventsExported, (v) => say('trail.detail.exported', v));

/** The shapes each action records. */
const READERS: Partial<Record<AuditAction, readonly Reader[]>> = {
  'document.imported': [
    said(reportImported, (v) => say('trail.detail.reportImported', { file: v.file, format: formatName(v.format), bytes: v.bytes, count: v.figures })),
    said(evidenceImported, (v) => say('trail.detail.evidenceImported', { file: v.file, format: formatName(v.format), bytes: v.bytes, count: v.figures, cells: v.cells })),
  ],
  'trail.exported': [exported],
  'archive.exported': [exported],
  'archive.imported': [said(archiveImported, (v) => say('trail.detail.archiveImported', v))],
  'engagement.key_trusted': [said(keyTrusted, ({ fingerprint, owner }) => say('trail.detail.keyTrusted', { fingerprint, owner }))],
  'engagement.member_added': [said(roleUntilNow, ({ role }) => say('trail.detail.roleUntilNow', { role: label('role', role) }))],
  'figure.undone': [
    said(decisionUndone, ({ status, actor, at }) => say('trail.detail.decisionUndone', { status: label('status', status), actor, at })),
    said(reviewUndoneBy, ({ review, reviewer, at }) =>
      say('trail.detail.reviewUndoneBy', { review: label('review', review), actor: reviewer ?? label('role', 'reviewer'), at }),
    ),
  ],
  'figure.corrected': [said(corrected, ({ parts }) => parts.map(partText).join(say('trail.detail.separator')))],
  'figure.added': [said(figureAdded, (v) => say('trail.detail.figureAdded', { ...v, value: valueText(v.value) }))],
};

/** `detail`, recorded with `action`, in the UI's language where the app knows its shape; as recorded otherwise. */
export function detailText(action: AuditAction, detail: string): string {
  const undone = reviewUndone.read(detail);
  if (undone) {
    const review = say('trail.detail.reviewUndone', { review: label('review', undone.was) });
    return undone.before === undefined ? review : [detailText(action, undone.before), review].join(say('trail.detail.separator'));
  }
  for (const read of READERS[action] ?? []) {
    const text = read(detail);
    if (text !== null) return text;
  }
  return detail;
}
