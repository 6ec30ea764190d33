/**
 * An event's recorded detail in the UI's language. The detail is part of the sealed trail, so it is
 * recorded once, in English, and never rewritten; the trail view says the details the app itself
 * writes (renderer/src/db: a report or evidence imported, the trail or archive exported, an archive
 * imported, a key trusted) from the catalogue's `trail.detail` section, reading their numbers and
 * names back out of the recorded words. Any other detail is shown as recorded.
 */
import type { AuditAction } from '../../../shared/audit/event';
import { i18next } from './i18n';

type Values = Record<string, string | number>;

/** A recorded shape: the action that records it, its words with their values named, and the values the catalogue needs. */
interface Shape {
  action: AuditAction;
  words: RegExp;
  key: string;
  values?: (groups: Record<string, string>) => Values;
}

const number = (text: string | undefined) => Number(text ?? 0);
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
];

const say = (key: string, values: Values): string => (i18next.t as unknown as (key: string, values: object) => string)(key, values);

/** `detail`, recorded with `action`, in the UI's language where the app knows its shape; as recorded otherwise. */
export function detailText(action: AuditAction, detail: string): string {
  for (const shape of SHAPES) {
    if (shape.action !== action) continue;
    const groups = shape.words.exec(detail)?.groups;
    if (!groups) continue;
    const values = shape.values ? shape.values(groups) : { ...groups, count: number(groups.count) };
    return say(shape.key, values);
  }
  return detail;
}
