// pdf.js posts a page's text from its parser thread as thousands of small item objects, and a
// structured clone of each one, on both threads, cost more than a fifth of a PDF import's CPU (and
// much of the import worker's garbage collection). The parser thread packs each chunk of items into
// one string and one transferable array of numbers instead, which cross threads as two copies.
import type { MessagePort } from 'node:worker_threads';

/** The parts of pdf.js text items this reader uses, packed. */
export interface PackedTextItems {
  /** Every item's `str`, one after the other. */
  text: string;
  /** Where each item's `str` ends in `text`. */
  ends: Uint32Array;
  /** `NUMBERS_PER_ITEM` per item: its transform [a, b, c, d, e, f] (text space to user space, origin at the baseline start), then its advance width in user-space units. */
  numbers: Float64Array;
}

export const NUMBERS_PER_ITEM = 7;

/** A pdf.js text item, as far as packing reads it; marked-content items (no `str`) are left out. */
interface TextItemLike {
  str?: string;
  transform?: readonly number[];
  width?: number;
}

export function packTextItems(items: readonly TextItemLike[]): PackedTextItems {
  const texts: string[] = [];
  const ends: number[] = [];
  const numbers: number[] = [];
  let end = 0;
  for (const item of items) {
    if (typeof item.str !== 'string' || item.transform === undefined) continue;
    texts.push(item.str);
    end += item.str.length;
    ends.push(end);
    numbers.push(...item.transform.slice(0, 6), item.width ?? 0);
  }
  return { text: texts.join(''), ends: Uint32Array.from(ends), numbers: Float64Array.from(numbers) };
}

/** pdf.js's chunk of a page's text content, as its text stream sends it. */
interface TextContentChunk {
  items: TextItemLike[];
  styles: unknown;
  lang?: unknown;
  packed?: PackedTextItems;
}

/** The ENQUEUE message of pdf.js's stream protocol (its `StreamKind.ENQUEUE`; a test reads a real PDF's chunks packed). */
const STREAM_ENQUEUE = 4;

function isTextContentChunk(message: unknown): message is { stream: number; chunk: TextContentChunk } {
  if (typeof message !== 'object' || message === null) return false;
  const { stream, chunk } = message as { stream?: unknown; chunk?: unknown };
  return stream === STREAM_ENQUEUE && typeof chunk === 'object' && chunk !== null && Array.isArray((chunk as TextContentChunk).items) && 'styles' in chunk;
}

/**
 * The port pdf.js's parsing side talks through, with each text-content chunk sent packed: its
 * `items` empty and its items in `packed` (read by `readPackedText`). Everything else passes as is.
 */
export function packingTextContent(port: MessagePort): MessagePort {
  const postMessage = (message: unknown, transfer?: readonly Transferable[]): void => {
    if (!isTextContentChunk(message)) return port.postMessage(message, transfer as never);
    const packed = packTextItems(message.chunk.items);
    const chunk: TextContentChunk = { ...message.chunk, items: [], packed };
    port.postMessage({ ...message, chunk }, [...(transfer ?? []), packed.ends.buffer, packed.numbers.buffer] as never);
  };
  return new Proxy(port, {
    get(target, property) {
      if (property === 'postMessage') return postMessage;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A pdf.js page, as far as reading its text stream goes. */
interface TextStreamPage {
  streamTextContent(): ReadableStream<unknown>;
}

/** A page's text items, packed: as the parser thread sent them, or packed here when it did not. */
export async function readPackedText(page: TextStreamPage): Promise<PackedTextItems[]> {
  const reader = page.streamTextContent().getReader();
  const parts: PackedTextItems[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return parts;
    const chunk = value as TextContentChunk;
    parts.push(chunk.packed ?? packTextItems(chunk.items));
  }
}
