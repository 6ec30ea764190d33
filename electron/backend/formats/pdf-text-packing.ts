// pdf.js posts a page's text from its parser thread as thousands of small item objects in messages
// of ten items, and cloning each object on both threads, with three messages per chunk, cost about
// a third of a PDF import's CPU (and much of the import worker's garbage collection). The parser
// thread sends each page's text as one string and one transferred array of numbers instead.
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
  // Written straight into typed arrays (this runs for every chunk pdf.js sends, on its thread).
  const texts: string[] = [];
  const ends = new Uint32Array(items.length);
  const numbers = new Float64Array(items.length * NUMBERS_PER_ITEM);
  let count = 0;
  let end = 0;
  for (const item of items) {
    const { str, transform } = item;
    if (typeof str !== 'string' || transform === undefined) continue;
    texts.push(str);
    end += str.length;
    ends[count] = end;
    const at = count * NUMBERS_PER_ITEM;
    for (let index = 0; index < 6; index++) numbers[at + index] = transform[index]!;
    numbers[at + 6] = item.width ?? 0;
    count++;
  }
  return { text: texts.join(''), ends: ends.slice(0, count), numbers: numbers.slice(0, count * NUMBERS_PER_ITEM) };
}

function joinPacked(parts: readonly PackedTextItems[]): PackedTextItems {
  if (parts.length === 1) return parts[0]!;
  const ends = new Uint32Array(parts.reduce((sum, part) => sum + part.ends.length, 0));
  const numbers = new Float64Array(ends.length * NUMBERS_PER_ITEM);
  let items = 0;
  let offset = 0;
  for (const part of parts) {
    for (let item = 0; item < part.ends.length; item++) ends[items + item] = offset + part.ends[item]!;
    numbers.set(part.numbers, items * NUMBERS_PER_ITEM);
    items += part.ends.length;
    offset += part.text.length;
  }
  return { text: parts.map((part) => part.text).join(''), ends, numbers };
}

/** pdf.js's chunk of a page's text content, as its text stream sends it. */
interface TextContentChunk {
  items: TextItemLike[];
  styles: unknown;
  lang?: unknown;
  packed?: PackedTextItems;
}

/** The ENQUEUE and PULL messages of pdf.js's stream protocol (its `StreamKind`; a test reads a real PDF's chunks packed and few). */
const STREAM_CANCEL_COMPLETE = 2;
const STREAM_CLOSE = 3;
const STREAM_ENQUEUE = 4;
const STREAM_ERROR = 5;
const STREAM_PULL = 6;

/**
 * Items of a page's text pdf.js may send before it waits for the reader to pull again. pdf.js
 * allows 100 (its `TEXT_CONTENT_CHUNK_SIZE`), then stops the page until the reader's pull has crossed
 * to the main side and back: three messages and a restart of its text loop for every 100 items,
 * 1,568 round trips on the 120-page report. The reader never holds packed chunks back (they count as
 * no items in its queue), so the budget it grants is a formality: the parser thread grants a larger
 * one. Still finite, so that a long page goes back to the event loop (and sees a cancel) now and then.
 */
const TEXT_ITEMS_PER_PULL = 1000;

function isTextContentChunk(message: unknown): message is { stream: number; chunk: TextContentChunk } {
  if (typeof message !== 'object' || message === null) return false;
  const { stream, chunk } = message as { stream?: unknown; chunk?: unknown };
  return stream === STREAM_ENQUEUE && typeof chunk === 'object' && chunk !== null && Array.isArray((chunk as TextContentChunk).items) && 'styles' in chunk;
}

/** The fields of pdf.js's messages that open a stream or steer one. */
interface StreamMessage {
  action?: unknown;
  stream?: unknown;
  streamId?: unknown;
  desiredSize?: number;
}

/** A stream's last message from the parsing side: closed, failed, or its cancel acknowledged. */
function isStreamEnd(message: unknown): message is { streamId: unknown } {
  const stream = (message as StreamMessage | null)?.stream;
  return stream === STREAM_CANCEL_COMPLETE || stream === STREAM_CLOSE || stream === STREAM_ERROR;
}

/** Text chunks held for one stream, to be posted as one. */
interface HeldText {
  message: { stream: number; chunk: TextContentChunk };
  /** Packed as each chunk is posted: pdf.js goes on changing some of the items it has sent. */
  parts: PackedTextItems[];
}

/**
 * The port pdf.js's parsing side talks through, with its text sent packed. pdf.js sends a page's
 * text ten items at a time (its `TEXT_CHUNK_BATCH_SIZE`), each chunk a message answered by two more
 * of its stream protocol; the port holds a stream's chunks while pdf.js is busy and posts them as one
 * chunk, its `items` empty and its items in `packed` (read by `readPackedText`), once pdf.js yields
 * to the event loop or posts anything else, so that nothing overtakes what was held. pdf.js yields
 * before it waits on the reader, so holding never stalls a stream. And it lets a page's text run
 * `TEXT_ITEMS_PER_PULL` items ahead of the reader, not 100.
 */
export function packingTextContent(port: MessagePort): MessagePort {
  const held = new Map<unknown, HeldText>();
  const textStreams = new Set<unknown>();
  let flushing: ReturnType<typeof setImmediate> | undefined;
  const flush = (): void => {
    if (flushing !== undefined) clearImmediate(flushing);
    flushing = undefined;
    for (const { message, parts } of held.values()) {
      const packed = joinPacked(parts);
      port.postMessage({ ...message, chunk: { ...message.chunk, items: [], packed } }, [packed.ends.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer]);
    }
    held.clear();
  };
  const postMessage = (message: unknown, transfer?: readonly Transferable[]): void => {
    if (!isTextContentChunk(message)) {
      flush();
      if (isStreamEnd(message)) textStreams.delete(message.streamId);
      port.postMessage(message, transfer as never);
      return;
    }
    const streamId = (message as { streamId?: unknown }).streamId;
    const earlier = held.get(streamId);
    const packed = packTextItems(message.chunk.items);
    if (earlier === undefined) held.set(streamId, { message, parts: [packed] });
    else {
      earlier.parts.push(packed);
      Object.assign(earlier.message.chunk.styles as object, message.chunk.styles);
    }
    flushing ??= setImmediate(flush);
  };
  // A text stream's budget comes in the request that opens it and in each pull; both are raised.
  const granting = (event: MessageEvent): void => {
    const data = event.data as StreamMessage | null;
    if (typeof data !== 'object' || data === null) return;
    if (data.action === 'GetTextContent' && data.streamId !== undefined) textStreams.add(data.streamId);
    else if (data.stream !== STREAM_PULL || !textStreams.has(data.streamId)) return;
    data.desiredSize = Math.max(data.desiredSize ?? 0, TEXT_ITEMS_PER_PULL);
  };
  const addEventListener = (type: string, listener: (event: MessageEvent) => void, options?: unknown): void => {
    const heard = type === 'message' ? (event: MessageEvent) => (granting(event), listener(event)) : listener;
    (port.addEventListener as (...args: unknown[]) => void).call(port, type, heard, options);
  };
  return new Proxy(port, {
    get(target, property) {
      if (property === 'postMessage') return postMessage;
      if (property === 'addEventListener') return addEventListener;
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
