import { replaceControlCharacters } from '../../../shared/text/control-characters';
import { ocrConfidence, ocrWarning } from '../ocr/ocr-marks';
import { ocrRuns } from '../ocr/page-runs';
import { MAX_IMAGE_PIXELS, readImageText } from '../ocr/read-image';
import type { GreyImage } from '../ocr/types';
import { buildFragments } from './pdf-fragments';
import { layoutPage } from './pdf-layout';
import { GlyphIndex } from './pdf-locate';
import { PdfTextWriter } from './pdf-text';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

/**
 * `.png`, `.jpg`, `.jpeg`: a photographed or scanned page, read by OCR as one page. Its words are
 * laid out and located as a PDF page's are, in points at the image's resolution (72 dpi when it
 * records none), so its figures carry page 1 and boxes like a PDF's.
 */
export const readImage: FormatReader = async (bytes, options) => {
  options.signal?.throwIfAborted();
  const { image, dpi } = await decode(bytes);
  const lines = await readImageText(image, options.signal, () => options.onOcrPage?.(1, 1)).catch((error: unknown) => {
    if (options.signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
    throw error;
  });
  const scale = 72 / dpi;
  const { runs, confidences } = ocrRuns(lines, [scale, 0, 0, scale, 0, 0]);
  const glyphs = new GlyphIndex();
  const writer = new PdfTextWriter(glyphs);
  writer.writePage(1, runs, layoutPage(buildFragments(runs)));
  const text = replaceControlCharacters(writer.toString());
  const characters = lines.flatMap((line) => line.words).reduce((sum, word) => sum + word.text.length, 0);
  const confidence = characters === 0 ? undefined : lines.flatMap((line) => line.words).reduce((sum, word) => sum + word.confidence * word.text.length, 0) / characters;
  const page = { runs, ocr: { confidences, confidence } };
  options.onProgress?.(1, 1);
  return {
    text,
    pages: [
      {
        start: 0,
        end: text.length,
        number: 1,
        hasText: text.length > 0,
        ...(confidence === undefined ? {} : { ocr: { confidence } }),
        size: { width: image.width * scale, height: image.height * scale },
      },
    ],
    warnings: [ocrWarning(undefined, { confidence })],
    locate: (start, end) => glyphs.locate(start, end),
    confidence: (start, end) => ocrConfidence([page], glyphs.locate(start, end)),
  };
};

/** The image as grey pixels, turned as its EXIF orientation says, and its resolution. */
async function decode(bytes: Uint8Array): Promise<{ image: GreyImage; dpi: number }> {
  if (!isPng(bytes) && !isJpeg(bytes)) throw new ReportReadError('corrupt', 'it is not a PNG or JPEG image (its first bytes are not an image signature)', reason('read.image.noSignature'));
  const { default: sharp } = await import('sharp');
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
    const { density } = await input.metadata();
    const { data, info } = await input.rotate().greyscale().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    const dpi = density !== undefined && density >= 36 && density <= 2400 ? density : 72;
    return { image: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }, dpi };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) throw new ReportReadError('too-large', `the image has more than ${MAX_IMAGE_PIXELS / 1e6} million pixels`, reason('read.image.tooManyPixels', { params: { max: MAX_IMAGE_PIXELS / 1e6 } }));
    throw new ReportReadError('corrupt', `it is not a readable image (${message})`, reason('read.image.unreadable', { detail: message }));
  }
}

const isPng = (bytes: Uint8Array): boolean => bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
const isJpeg = (bytes: Uint8Array): boolean => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
