import { pdfjs } from '../formats/pdf-engine';
import type { ReadOptions } from '../formats/types';
import { ocrRuns, type ImageToPage, type OcrRuns } from './page-runs';
import { readImageText } from './read-image';
import type { GreyImage } from './types';

/**
 * The text of a PDF page that has no text layer (a scan), read by OCR from the page's own images:
 * pdf.js decodes them (whatever their compression) and its operator list says where each is drawn,
 * so the recognised words are placed in the page's units like the text of any PDF.
 */

/** The parts of a pdf.js page this module uses. */
export interface PdfPageImages {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: ObjectStore;
  commonObjs: ObjectStore;
}
interface ObjectStore {
  get(id: string, callback: (data: unknown) => void): unknown;
}

/** pdf.js's operator codes this module follows (pdfjs-dist's `OPS`). */
interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
}

/** pdf.js's decoded image: 1 bit, RGB or RGBA per pixel, rows one after the other. */
interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

type Matrix = readonly [number, number, number, number, number, number];

/** Images smaller than this share of the page are logos and pictures, not the scan. */
const MIN_PAGE_SHARE = 0.1;
/** A page is read from at most this many images (a scan is one, or a few strips). */
const MAX_IMAGES = 8;

export interface ScannedPageText extends OcrRuns {
  /** The mean confidence of the page's words, weighted by their length; undefined when none was read. */
  confidence: number | undefined;
}

/** The page's viewport at scale 1: user space to top-left page units. */
interface Viewport {
  transform: readonly number[];
  width: number;
  height: number;
}

/** Reads the page's large images by OCR, telling `options.onOcrPage` as it starts. */
export async function readScannedPage(
  page: PdfPageImages,
  viewport: Viewport,
  at: { number: number; count: number },
  options: Pick<ReadOptions, 'signal' | 'onOcrPage'>,
): Promise<ScannedPageText> {
  const { OPS } = await pdfjs();
  const toPage = matrixOf(viewport.transform);
  const placed = (await pageImages(page, OPS)).filter(({ ctm }) => placedArea(multiply(toPage, ctm)) >= MIN_PAGE_SHARE * viewport.width * viewport.height);
  const runs: OcrRuns = { runs: [], confidences: [] };
  let weighted = 0;
  let characters = 0;
  for (const [index, { id, store, ctm }] of placed.slice(0, MAX_IMAGES).entries()) {
    const image = greyOf(await new Promise<DecodedImage | null>((resolve) => store.get(id, (data) => resolve(data as DecodedImage | null))));
    if (image === undefined) continue;
    const onStart = index === 0 ? () => options.onOcrPage?.(at.number, at.count) : undefined;
    const lines = await readImageText(image, options.signal, onStart);
    const read = ocrRuns(lines, multiply(toPage, imageToUser(ctm, image.width, image.height)));
    runs.runs.push(...read.runs);
    runs.confidences.push(...read.confidences);
    for (const line of lines) {
      for (const word of line.words) {
        weighted += word.confidence * word.text.length;
        characters += word.text.length;
      }
    }
  }
  return { ...runs, confidence: characters > 0 ? weighted / characters : undefined };
}

/** The page's images, each with the transformation it is drawn with, in drawing order. */
async function pageImages(page: PdfPageImages, ops: PdfOps): Promise<{ id: string; store: ObjectStore; ctm: Matrix }[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const found: { id: string; store: ObjectStore; ctm: Matrix }[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, index) => {
    const args = argsArray[index] ?? [];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, matrixOf(args));
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, matrixOf(Array.from(args[0] as ArrayLike<number>)));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.paintImageXObject && typeof args[0] === 'string') {
      found.push({ id: args[0], store: args[0].startsWith('g_') ? page.commonObjs : page.objs, ctm });
    }
  });
  return found;
}

function matrixOf(args: readonly unknown[]): Matrix {
  const [a, b, c, d, e, f] = args.map(Number);
  return [a ?? 1, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0];
}

/** `outer` after `inner`: a point goes through `inner` first. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

/** An image's pixels (row 0 at its top) to user space: the CTM draws the image into the unit square, its top row at y = 1. */
export function imageToUser(ctm: Matrix, width: number, height: number): ImageToPage {
  return multiply(ctm, [1 / width, 0, 0, -1 / height, 0, 1]);
}

function placedArea(matrix: Matrix): number {
  return Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]);
}

/** pdf.js's image as grey pixels; undefined for kinds OCR cannot use. */
export function greyOf(image: DecodedImage | null | undefined): GreyImage | undefined {
  if (image?.data === undefined || !(image.width > 0 && image.height > 0)) return undefined;
  const { width, height, data } = image;
  const grey = new Uint8Array(width * height);
  if (image.kind === 1) {
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) grey[y * width + x] = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
    return { data: grey, width, height };
  }
  const channels = image.kind === 2 ? 3 : image.kind === 3 ? 4 : 0;
  if (channels === 0 || data.length < width * height * channels) return undefined;
  for (let at = 0, from = 0; at < grey.length; at++, from += channels) {
    grey[at] = (data[from]! * 299 + data[from + 1]! * 587 + data[from + 2]! * 114) / 1000;
  }
  return { data: grey, width, height };
}
