import { detectLines } from './detect';
import { blankStretches, LINE_HEIGHT, lineImage } from './line-image';
import { ocrModels } from './models';
import { recogniseLines } from './recognise';
import type { GreyImage, OcrLine } from './types';
import { wordsOf } from './words';

/**
 * Reads the text of one page image: its lines found, straightened, recognised and cut into words.
 * Pages are read one at a time per thread (the models use every core already): a second call
 * waits for the first.
 */

/** Lines the recogniser is less sure of than this are noise (specks, stamps, pictures). */
const MIN_LINE_CONFIDENCE = 0.5;
/** A blank stretch this wide (a share of the line height) is a space between words. */
const WORD_SPACE = 0.2;
/** Images larger than this (pixels) are refused rather than read: some 8,000 × 8,000, 600 dpi A3. */
export const MAX_IMAGE_PIXELS = 64_000_000;

let queue: Promise<unknown> = Promise.resolve();

/** Reads `image`; `onStart` is called when its turn comes (for progress). */
export function readImageText(image: GreyImage, signal?: AbortSignal, onStart?: () => void): Promise<OcrLine[]> {
  const read = queue.then(() => {
    onStart?.();
    return readNow(image, signal);
  });
  queue = read.catch(() => undefined);
  return read;
}

/** Resolves once no page is being read or waiting to be: no model is running in this thread. */
export function ocrIdle(): Promise<void> {
  return queue.then(() => undefined);
}

async function readNow(image: GreyImage, signal: AbortSignal | undefined): Promise<OcrLine[]> {
  signal?.throwIfAborted();
  if (image.width * image.height > MAX_IMAGE_PIXELS) throw new RangeError(`the image is ${image.width} × ${image.height} pixels, more than OCR reads`);
  const models = await ocrModels();
  const quads = await detectLines(models, image);
  signal?.throwIfAborted();
  const lines = quads.map((quad) => lineImage(image, quad));
  const chars = await recogniseLines(models, lines, signal);
  const read: OcrLine[] = [];
  quads.forEach((quad, index) => {
    const words = wordsOf(chars[index]!, blankStretches(lines[index]!, WORD_SPACE * LINE_HEIGHT));
    if (words.length === 0) return;
    const confidence = words.reduce((sum, word) => sum + word.confidence * word.text.length, 0) / words.reduce((sum, word) => sum + word.text.length, 0);
    if (confidence >= MIN_LINE_CONFIDENCE) read.push({ quad, words, confidence });
  });
  return read;
}
