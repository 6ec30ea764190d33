import type { OcrModels } from './models';
import type { GreyImage, Point, Quad } from './types';

/**
 * Finds the text lines of a page image with PaddleOCR's detector (DB): the model marks the pixels
 * that are text, and each connected region of them becomes a line, as a rectangle turned by the
 * page's skew and grown back to the ink's extent (the model marks a shrunk core of each line).
 */

/**
 * The detector sees the page at most this many pixels on its long side (A4 at about 110 dpi):
 * measured on the 200 dpi scans, 1,600 finds the same lines 1.5 times slower, and 960 is faster
 * but splits and doubles lines.
 */
const MAX_SIDE = 1280;
/** A pixel is text when the detector's probability exceeds this (PaddleOCR's default). */
const PIXEL_THRESHOLD = 0.3;
/** A region is a line when the mean probability over it exceeds this (PaddleOCR's default). */
const REGION_THRESHOLD = 0.6;
/** How much a region is grown back: PaddleOCR's unclip ratio (area × ratio / perimeter on each side). */
const UNCLIP_RATIO = 1.5;
/** Regions thinner than this, in detector pixels, are noise. */
const MIN_SIDE = 3;

export async function detectLines(models: OcrModels, image: GreyImage): Promise<Quad[]> {
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const width = Math.max(32, Math.ceil((image.width * scale) / 32) * 32);
  const height = Math.max(32, Math.ceil((image.height * scale) / 32) * 32);
  const pixels = await resized(image, width, height);
  const input = new Float32Array(3 * width * height);
  const mean = [0.485, 0.456, 0.406];
  const std = [0.229, 0.224, 0.225];
  for (let channel = 0; channel < 3; channel++) {
    const offset = channel * width * height;
    for (let at = 0; at < width * height; at++) input[offset + at] = (pixels[at]! / 255 - mean[channel]!) / std[channel]!;
  }
  const { detection, ort } = models;
  const outputs = await detection.run({ [detection.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, height, width]) });
  const probability = outputs[detection.outputNames[0]!]!.data as Float32Array;
  const quads = regions(probability, width, height);
  const [sx, sy] = [image.width / width, image.height / height];
  return quads.map((quad) => quad.map(([x, y]) => [x * sx, y * sy] as const) as unknown as Quad);
}

async function resized(image: GreyImage, width: number, height: number): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const raw = { width: image.width, height: image.height, channels: 1 } as const;
  const buffer = await sharp(image.data, { raw }).resize(width, height, { fit: 'fill' }).toColourspace('b-w').raw().toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface Region {
  count: number;
  score: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
  umin: number;
  umax: number;
  vmin: number;
  vmax: number;
}

/** The text regions of a probability map, as quads in its pixels. Exported for tests. */
export function regions(probability: Float32Array, width: number, height: number): Quad[] {
  const labels = new Int32Array(width * height).fill(-1);
  const found: Region[] = [];
  const stack = new Int32Array(width * height);
  for (let start = 0; start < width * height; start++) {
    if (labels[start] !== -1 || probability[start]! <= PIXEL_THRESHOLD) continue;
    const region: Region = { count: 0, score: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0, umin: Infinity, umax: -Infinity, vmin: Infinity, vmax: -Infinity };
    const label = found.push(region) - 1;
    let top = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      const at = stack[--top]!;
      const x = at % width;
      const y = (at - x) / width;
      region.count++;
      region.score += probability[at]!;
      region.sx += x;
      region.sy += y;
      region.sxx += x * x;
      region.syy += y * y;
      region.sxy += x * y;
      for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1]) {
        if (next >= 0 && labels[next] === -1 && probability[next]! > PIXEL_THRESHOLD) {
          labels[next] = label;
          stack[top++] = next;
        }
      }
    }
  }
  const angle = skew(found);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  for (let at = 0; at < width * height; at++) {
    const label = labels[at]!;
    if (label < 0) continue;
    const region = found[label]!;
    const x = at % width;
    const y = (at - x) / width;
    // The pixel's corners, in the frame turned by the skew.
    for (const [px, py] of [[x, y], [x + 1, y + 1], [x + 1, y], [x, y + 1]] as const) {
      const u = px * cos + py * sin;
      const v = -px * sin + py * cos;
      if (u < region.umin) region.umin = u;
      if (u > region.umax) region.umax = u;
      if (v < region.vmin) region.vmin = v;
      if (v > region.vmax) region.vmax = v;
    }
  }
  const quads: Quad[] = [];
  for (const region of found) {
    if (region.score / region.count < REGION_THRESHOLD) continue;
    const long = region.umax - region.umin;
    const short = region.vmax - region.vmin;
    if (Math.min(long, short) < MIN_SIDE) continue;
    const grow = (long * short * UNCLIP_RATIO) / (2 * (long + short));
    const [u0, u1, v0, v1] = [region.umin - grow, region.umax + grow, region.vmin - grow, region.vmax + grow];
    const corner = (u: number, v: number): Point => [u * cos - v * sin, u * sin + v * cos];
    quads.push([corner(u0, v0), corner(u1, v0), corner(u1, v1), corner(u0, v1)]);
  }
  return quads;
}

/**
 * The page's skew, in radians: the median direction of its long regions (lines of text), from
 * their second moments. One angle for the page, so that short regions (a lone figure) turn with it.
 */
function skew(found: readonly Region[]): number {
  const angles: number[] = [];
  for (const region of found) {
    if (region.count < 20) continue;
    const n = region.count;
    const [mx, my] = [region.sx / n, region.sy / n];
    const cxx = region.sxx / n - mx * mx;
    const cyy = region.syy / n - my * my;
    const cxy = region.sxy / n - mx * my;
    // Long and thin: the larger spread at least nine times the smaller (three times as long as high).
    const spread = Math.sqrt((cxx - cyy) ** 2 + 4 * cxy * cxy);
    const [major, minor] = [(cxx + cyy + spread) / 2, (cxx + cyy - spread) / 2];
    if (major < 9 * Math.max(minor, 1e-9)) continue;
    const angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    if (Math.abs(angle) < Math.PI / 8) angles.push(angle);
  }
  if (angles.length === 0) return 0;
  angles.sort((a, b) => a - b);
  return angles[angles.length >> 1]!;
}
