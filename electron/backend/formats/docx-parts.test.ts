import { describe, expect, it } from 'vitest';
import { craftDocx, craftZip, paragraph } from './__fixtures__/crafted-docx';
import { DOCX_LIMITS, unpackDocxXml } from './docx-parts';
import { readDocx } from './docx';
import { ReportReadError } from './types';

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
/** About 1 MB of the smallest Word paragraphs. */
const PARAGRAPHS_1MB = paragraph('1').repeat(Math.floor(MB / paragraph('1').length));

async function refusal(bytes: Uint8Array): Promise<ReportReadError> {
  const error = await unpackDocxXml(bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ReportReadError);
  return error as ReportReadError;
}

describe('a .docx is checked before it is unpacked', () => {
  it('refuses a part that would unpack to a gigabyte, naming the part, its size and the limit', async () => {
    const bomb = craftDocx(' '.repeat(MB), { times: 1024 });
    expect(bomb.length).toBeLessThan(1.1 * MB);
    const started = performance.now();
    const error = await refusal(bomb);
    expect(error.code).toBe('too-large');
    expect(error.reason).toBe('its word/document.xml would unpack to 1.0 GB, more than the 16 MB Tickmark reads');
    expect(error.detail).toEqual({ code: 'read.partTooLarge', params: { part: 'word/document.xml', size: '1.0 GB', max: '16 MB' } });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses 200 MB of tiny paragraphs packed into some 600 KB', async () => {
    const docx = craftDocx(PARAGRAPHS_1MB, { times: 200 });
    expect(docx.length).toBeLessThan(800 * 1024);
    expect((await refusal(docx)).reason).toBe('its word/document.xml would unpack to 200 MB, more than the 16 MB Tickmark reads');
  });

  it('refuses a part packed far tighter than any Word XML, even within the size limit', async () => {
    const error = await refusal(craftDocx(' '.repeat(MB), { times: 8 }));
    expect(error.code).toBe('too-large');
    expect(error.reason).toMatch(/^its word\/document\.xml would unpack to \d+ times its packed size \(\d+ KB to 8\.0 MB\), more than the 100 times .*decompression bomb$/);
    expect(error.detail).toMatchObject({ code: 'read.docx.bomb', params: { part: 'word/document.xml', size: '8.0 MB', max: 100, ratio: expect.any(Number) } });
  });

  it('refuses text parts that together unpack to more than the total limit', async () => {
    // Text that packs as ordinary prose does (about 2 to 1), so that only the total is over a limit.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const prose = paragraph(Array.from({ length: MB - 40 }, letter).join(''));
    const docx = craftDocx(prose, { times: 12, extra: [{ name: 'word/footnotes.xml', chunk: utf8(prose), times: 13 }] });
    const error = await refusal(docx);
    expect(error.reason).toMatch(/^its text parts would unpack to 2\d MB, more than the 20 MB Tickmark reads$/);
  });

  it('refuses an archive of more files than any Word document holds', async () => {
    const entries = Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, k) => ({ name: `word/media/${k}.bin`, chunk: utf8('x') }));
    const error = await refusal(craftZip(entries));
    expect(error.reason).toBe('it holds 5,001 files, more than the 5,000 Tickmark reads in a Word document');
  });

  it('stops unpacking a part whose directory understated its size, as soon as it passes it', async () => {
    const liar = craftDocx(PARAGRAPHS_1MB, { times: 100, declaredSize: MB });
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(liar);
    expect(error.code).toBe('corrupt');
    expect(error.reason).toMatch(/^it is not a valid Word document \(its word\/document\.xml is damaged: too many bytes in the stream/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * MB);
  });

  it('never unpacks a picture: a bomb among the media does not stop the text from being read', async () => {
    const docx = craftDocx(paragraph('Water use fell 12% in 2023.'), {
      extra: [{ name: 'word/media/image1.png', chunk: new Uint8Array(MB), times: 1024 }],
    });
    const read = await readDocx(docx, {});
    expect(read.text).toBe('Water use fell 12% in 2023.');
  });

  it('calls an archive that is not one corrupt, not too large', async () => {
    const truncated = craftDocx(paragraph('x')).subarray(0, 200);
    expect((await refusal(truncated)).code).toBe('corrupt');
  });
});
