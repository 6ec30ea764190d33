import type { OcrModels } from './models';
import type { LineImage } from './line-image';
import type { OcrChar } from './types';

/**
 * Reads straightened line images with PaddleOCR's recogniser (CRNN + CTC): one line per model run
 * (see BATCH), and each character keeps where along the line the model saw it.
 */

/**
 * Lines per model run. Measured on the scans: one at a time is fastest on the CPU (padding a batch
 * to its widest line costs more than the runs it saves); kept as a setting to re-measure.
 */
const BATCH = 1;

export async function recogniseLines(models: OcrModels, lines: readonly LineImage[], signal?: AbortSignal): Promise<OcrChar[][]> {
  const order = lines.map((_, index) => index).sort((a, b) => lines[a]!.width - lines[b]!.width);
  const read: OcrChar[][] = new Array<OcrChar[]>(lines.length);
  for (let first = 0; first < order.length; first += BATCH) {
    signal?.throwIfAborted();
    const batch = order.slice(first, first + BATCH);
    const outputs = await runBatch(models, batch.map((index) => lines[index]!));
    batch.forEach((index, at) => (read[index] = outputs[at]!));
  }
  return read;
}

async function runBatch(models: OcrModels, lines: readonly LineImage[]): Promise<OcrChar[][]> {
  const height = lines[0]!.height;
  const width = Math.max(...lines.map((line) => line.width));
  const plane = width * height;
  // Normalised to [-1, 1]; the padding right of a shorter line is 0, as PaddleOCR pads.
  const input = new Float32Array(lines.length * 3 * plane);
  lines.forEach((line, index) => {
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < line.width; column++) {
        const value = line.data[row * line.width + column]! / 127.5 - 1;
        for (let channel = 0; channel < 3; channel++) input[(index * 3 + channel) * plane + row * width + column] = value;
      }
    }
  });
  const { recognition, ort } = models;
  const outputs = await recognition.run({ [recognition.inputNames[0]!]: new ort.Tensor('float32', input, [lines.length, 3, height, width]) });
  const output = outputs[recognition.outputNames[0]!]!;
  const [, steps, classes] = output.dims as [number, number, number];
  const probabilities = output.data as Float32Array;
  return lines.map((line, index) =>
    decodeCtc(probabilities.subarray(index * steps * classes, (index + 1) * steps * classes), steps, classes, models.classes, width / steps / line.width),
  );
}

/**
 * Greedy CTC decoding: the likeliest class at each step, repeats merged, blanks dropped. Each
 * character spans the steps it was read at; `stepShare` is one step's share of the line's width.
 */
export function decodeCtc(probabilities: Float32Array, steps: number, classes: number, names: readonly string[], stepShare: number): OcrChar[] {
  const chars: OcrChar[] = [];
  let previous = 0;
  for (let step = 0; step < steps; step++) {
    let best = 0;
    let bestProbability = -1;
    const offset = step * classes;
    for (let at = 0; at < classes; at++) {
      const probability = probabilities[offset + at]!;
      if (probability > bestProbability) {
        bestProbability = probability;
        best = at;
      }
    }
    const to = Math.min(1, (step + 1) * stepShare);
    if (best !== 0 && best === previous) {
      const last = chars[chars.length - 1]!;
      last.to = to;
      last.confidence = Math.max(last.confidence, bestProbability);
    } else if (best !== 0 && step * stepShare < 1) {
      chars.push({ char: names[best] ?? '', from: step * stepShare, to, confidence: bestProbability });
    }
    previous = best;
  }
  return chars;
}
