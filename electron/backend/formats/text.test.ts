import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, readText } from './text';
import { ReportReadError } from './types';

const SHARED = new URL('../../../../shared/', import.meta.url);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, SHARED)));
const EXCERPT = readFileSync(new URL('eval/dev/text/002_9968-16057.txt', SHARED), 'utf8');

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bom: number[], bytes: Uint8Array) => Uint8Array.from([...bom, ...bytes]);
/** UTF-16 code units in the given byte order (TextEncoder only writes UTF-8). */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function readError(bytes: Uint8Array): ReportReadError {
  try {
    decodeText(bytes);
  } catch (error) {
    if (error instanceof ReportReadError) return error;
    throw error;
  }
  throw new Error('expected a ReportReadError');
}

describe('decodeText', () => {
  it('decodes GB18030 (no byte-order mark) by detection', () => {
    const decoded = decodeText(fixture('fixtures/text/alibaba-esg-2022-excerpt.gb18030.txt'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(EXCERPT);
  });

  it('decodes UTF-16LE with a byte-order mark, without the mark', () => {
    const decoded = decodeText(fixture('fixtures/text/alibaba-esg-2022-excerpt.utf16le-bom.txt'));
    expect(decoded).toEqual({ text: EXCERPT, encoding: 'utf-16le' });
  });

  it('decodes UTF-16BE with a byte-order mark', () => {
    expect(decodeText(withBom([0xfe, 0xff], utf16(EXCERPT, false)))).toEqual({ text: EXCERPT, encoding: 'utf-16be' });
  });

  it('decodes UTF-8 with and without a byte-order mark, dropping the mark', () => {
    expect(decodeText(utf8(EXCERPT))).toEqual({ text: EXCERPT, encoding: 'utf-8' });
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], utf8(EXCERPT)))).toEqual({ text: EXCERPT, encoding: 'utf-8' });
  });

  it('decodes a legacy single-byte encoding (windows-1252)', () => {
    const text = 'The café on the Rue de la Paix cost €5 in 2021, and the naïve auditor paid it. Déjà vu: 39% of the crème brûlée was gone.';
    const bytes = Uint8Array.from([...text].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))));
    expect(decodeText(bytes)).toEqual({ text, encoding: 'windows-1252' });
  });

  it('lets a byte-order mark win over a declared encoding, and honours the declaration otherwise', () => {
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], utf8('约5亿用户')), { declared: 'windows-1252' }).text).toBe('约5亿用户');
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), { declared: 'iso-8859-1' })).toEqual({
      text: 'café',
      encoding: 'windows-1252',
    });
    // An unknown label is ignored rather than trusted.
    expect(decodeText(utf8('约5亿用户'), { declared: 'x-made-up' }).encoding).toBe('utf-8');
  });

  it('refuses binary data: NUL bytes', () => {
    const error = readError(fixture('fixtures/bad/binary-garbage.txt'));
    expect(error.code).toBe('not-text');
    expect(error.reason).toMatch(/^it does not look like text/);
  });

  it('refuses binary data without NUL bytes (many control characters)', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 255));
    expect(readError(bytes).code).toBe('not-text');
  });

  it('refuses binary data behind a byte-order mark', () => {
    const bytes = withBom([0xff, 0xfe], Uint8Array.from({ length: 2000 }, (_, i) => (i * 31) % 7));
    expect(readError(bytes).code).toBe('not-text');
  });

  it('round-trips any text through UTF-8 and UTF-16 with or without a mark', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 200 })
      .filter((s) => !s.startsWith('\uFEFF') && !/[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\uFFFD]/.test(s));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf8(s)).text).toBe(s);
        expect(decodeText(withBom([0xef, 0xbb, 0xbf], utf8(s))).text).toBe(s);
        expect(decodeText(withBom([0xff, 0xfe], utf16(s, true))).text).toBe(s);
        expect(decodeText(withBom([0xfe, 0xff], utf16(s, false))).text).toBe(s);
      }),
    );
  });
});

describe('readText', () => {
  it('gives the whole text as page 1 and reports progress', async () => {
    const progress: Array<[number, number]> = [];
    const bytes = fixture('fixtures/text/alibaba-esg-2022-excerpt.gb18030.txt');
    const read = await readText(bytes, { onProgress: (done, total) => progress.push([done, total]) });
    expect(read.text).toBe(EXCERPT);
    expect(read.encoding).toBe('gb18030');
    expect(read.pages).toEqual([{ start: 0, end: EXCERPT.length, number: 1, hasText: true }]);
    expect(read.warnings).toEqual([]);
    expect(progress.at(-1)).toEqual([bytes.byteLength, bytes.byteLength]);
  });

  it('reads an empty file as no text, with a warning', async () => {
    const read = await readText(fixture('fixtures/bad/empty.txt'), {});
    expect(read.text).toBe('');
    expect(read.pages[0]?.hasText).toBe(false);
    expect(read.warnings).toEqual([{ code: 'fileNoText', params: {}, text: 'The file contains no text.' }]);
  });

  it('refuses binary-garbage.txt as not text', async () => {
    await expect(readText(fixture('fixtures/bad/binary-garbage.txt'), {})).rejects.toMatchObject({ code: 'not-text' });
  });

  it('stops when the import is already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readText(utf8('text'), { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('control characters in a text file', () => {
  it('reach the extractor shown, not acting, each still one character so figures keep their spans', async () => {
    // a few controls in a page of prose: text with a stray escape, not binary data
    const prose = 'The plant recycled its process water. '.repeat(10);
    const raw = `Emissions fell 12%\x1b]0;owned\x07 in 2023; \u202eRMB 5 million\u202c of savings\x7f.\n${prose}`;
    const read = await readText(new TextEncoder().encode(raw), {});
    expect(read.text).toBe(`Emissions fell 12%␛]0;owned␇ in 2023; \ufffdRMB 5 million\ufffd of savings␡.\n${prose}`);
    expect(read.text.length).toBe(raw.length);
  });
});
