import { constants, crc32, deflateRawSync } from 'node:zlib';

// Word documents built byte by byte, to be as hostile as an attacker's: an entry that unpacks to a
// gigabyte from a kilobyte, a directory that lies about sizes, thousands of entries. Built without
// ever holding the unpacked content: one deflated chunk is repeated (each ends in a full flush, so
// the copies decode independently) and the stream is closed with an empty final block.

export interface CraftedEntry {
  name: string;
  /** The entry's content is `chunk` repeated `times` times. */
  chunk: Uint8Array;
  times?: number;
  /** The unpacked size the archive's headers claim, when it should lie. */
  declaredSize?: number;
}

const EMPTY_FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

/** A ZIP archive of deflated entries, built in memory proportional to its packed size. */
export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const times = entry.times ?? 1;
    const segment = deflateRawSync(entry.chunk, { finishFlush: constants.Z_FULL_FLUSH });
    const packed = concat([...Array.from({ length: times }, () => segment), EMPTY_FINAL_BLOCK]);
    let crc = 0;
    for (let k = 0; k < times; k++) crc = crc32(entry.chunk, crc);
    const size = entry.declaredSize ?? entry.chunk.length * times;
    const name = new TextEncoder().encode(entry.name);
    const local = header(30 + name.length, [
      [4, 0x04034b50], [2, 20], [2, 0x0800], [2, 8], [2, 0], [2, 0x21], [4, crc], [4, packed.length], [4, size], [2, name.length], [2, 0],
    ]);
    local.set(name, 30);
    const central = header(46 + name.length, [
      [4, 0x02014b50], [2, 20], [2, 20], [2, 0x0800], [2, 8], [2, 0], [2, 0x21], [4, crc], [4, packed.length], [4, size],
      [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset],
    ]);
    central.set(name, 46);
    locals.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const directory = concat(centrals);
  const end = header(22, [[4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, directory.length], [4, offset], [2, 0]]);
  return concat([...locals, directory, end]);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const CONTENT_TYPES = utf8(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const PACKAGE_RELS = utf8(
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const DOCUMENT_OPEN = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_CLOSE = '</w:body></w:document>';

/** A Word paragraph holding `text`. */
export const paragraph = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/**
 * A .docx whose document.xml is `body` (paragraphs) between its opening and closing tags, its body
 * repeated `times` times; `extra` entries are added as they are.
 */
export function craftDocx(body: string, options: { times?: number; declaredSize?: number; extra?: CraftedEntry[] } = {}): Uint8Array {
  const times = options.times ?? 1;
  const document: CraftedEntry[] =
    times === 1
      ? [{ name: 'word/document.xml', chunk: utf8(DOCUMENT_OPEN + body + DOCUMENT_CLOSE), ...declared(options.declaredSize) }]
      : [{ name: 'word/document.xml', chunk: utf8(body), times, ...declared(options.declaredSize) }];
  // A repeated body cannot carry the opening and closing tags: the document is then not well formed,
  // which is all a hostile file needs to be (it must be refused before anyone parses it).
  return craftZip([
    { name: '[Content_Types].xml', chunk: CONTENT_TYPES },
    { name: '_rels/.rels', chunk: PACKAGE_RELS },
    ...document,
    ...(options.extra ?? []),
  ]);
}

const declared = (size: number | undefined) => (size === undefined ? {} : { declaredSize: size });

function header(length: number, fields: ReadonlyArray<readonly [2 | 4, number]>): Uint8Array {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += width;
  }
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
