import chardet from 'chardet';
import { documentWarning } from '../../../shared/domain/document-warning';
import { replaceControlCharacters } from '../../../shared/text/control-characters';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader, ReportText } from './types';
import { ReportReadError } from './types';

/** Text decoded from a file's bytes, and the encoding it was decoded from (a WHATWG label). */
export interface DecodedText {
  text: string;
  encoding: string;
}

export interface DecodeOptions {
  /** An encoding the file declares for itself (an HTML `<meta charset>`); a byte-order mark still wins. */
  declared?: string;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Above this share of control or replacement characters, decoded "text" is really binary data. */
const MAX_NOISE_SHARE = 0.02;

const NOT_TEXT = 'it does not look like text (it contains binary data); export the report as PDF, Word, HTML or plain text';

/**
 * Decode a text file whose encoding nobody told us: a byte-order mark (UTF-8, UTF-16LE/BE) wins,
 * then an encoding the file declares, then strict UTF-8, then the encoding `chardet` finds most
 * likely among those `TextDecoder` supports (GB18030, Big5, Shift_JIS, windows-1252, …).
 * The byte-order mark is not part of the text. Binary data is refused with `not-text`.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  const decoded = bom
    ? decodeWith(bytes, bom.encoding)
    : (decodeDeclared(bytes, options.declared) ?? decodeUndeclared(bytes));
  refuseBinary(decoded.text);
  return { text: stripBom(decoded.text), encoding: decoded.encoding };
}

/** `.txt` and `.md`: the decoded text, as one page. */
export const readText: FormatReader = async (bytes, options) => {
  if (options.signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
  options.onProgress?.(0, bytes.byteLength);
  const { text, encoding } = decodeText(bytes);
  options.onProgress?.(bytes.byteLength, bytes.byteLength);
  return flowingText(text, encoding);
};

/** A flowing (unpaged) report's text: the whole of it is page 1, with nothing in it that acts (control characters shown). */
export function flowingText(decoded: string, encoding?: string): ReportText {
  const text = replaceControlCharacters(decoded);
  const hasText = text.trim().length > 0;
  return {
    text,
    pages: [{ start: 0, end: text.length, number: 1, hasText }],
    ...(encoding === undefined ? {} : { encoding }),
    warnings: hasText ? [] : [documentWarning('fileNoText')],
  };
}

/** The canonical WHATWG name of an encoding label, or undefined when TextDecoder does not support it. */
export function supportedEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding: decoder.encoding };
}

/**
 * Node 20's TextDecoder decodes windows-1252 (and the labels latin1, iso-8859-1, ascii that mean it)
 * as ISO-8859-1, so 0x80–0x9F come out as C1 controls instead of `€`, `“`, `”`, `–`…. Map them as
 * the WHATWG index does; where the decoder is right this finds nothing to change.
 */
const WINDOWS_1252_C1 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]!);
}

function decodeDeclared(bytes: Uint8Array, declared: string | undefined): DecodedText | undefined {
  const encoding = declared === undefined ? undefined : supportedEncoding(declared);
  // A UTF-16 declaration without a byte-order mark is what browsers treat as UTF-8 too.
  if (encoding === undefined || encoding.startsWith('utf-16')) return undefined;
  refuseNulBytes(bytes);
  return decodeWith(bytes, encoding);
}

function decodeUndeclared(bytes: Uint8Array): DecodedText {
  refuseNulBytes(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding, or not text at all.
  }
  for (const match of chardet.analyse(bytes)) {
    const encoding = supportedEncoding(match.name);
    if (encoding !== undefined && encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
      return decodeWith(bytes, encoding);
    }
  }
  throw new ReportReadError('not-text', 'its character encoding could not be recognised; save it as UTF-8 and import it again', reason('read.text.encoding'));
}

/** Without a UTF-16 byte-order mark, a NUL byte means binary data: no text encoding we read produces one. */
function refuseNulBytes(bytes: Uint8Array): void {
  if (bytes.includes(0)) throw new ReportReadError('not-text', NOT_TEXT, reason('read.text.binary'));
}

function refuseBinary(text: string): void {
  let noise = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const isControl = (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r' && char !== '\f') || (code >= 0x7f && code < 0xa0);
    if (isControl || code === 0xfffd) noise += 1;
  }
  if (noise > 0 && noise / Math.max(text.length, 1) > MAX_NOISE_SHARE) throw new ReportReadError('not-text', NOT_TEXT, reason('read.text.binary'));
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
