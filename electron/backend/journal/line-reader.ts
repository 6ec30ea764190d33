import { createReadStream } from 'node:fs';

/** One line of a file as it lies on disk. */
export interface FileLine {
  /** Byte offset of its first byte. */
  offset: number;
  /** Its bytes' length, without the newline. */
  length: number;
  text: string;
  /** False for a last line with no newline after it: a write that was cut short. */
  terminated: boolean;
}

const NEWLINE = 0x0a;

/**
 * The lines of `path` from byte `from` on, one at a time: memory holds one line, never the file.
 * Split on bytes rather than with `readline`, so each line's byte offset is exact (the index seeks
 * to it) and an unterminated last line is told apart from a terminated one.
 */
export async function* readLines(path: string, from = 0): AsyncGenerator<FileLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let offset = from;
  for await (const chunk of createReadStream(path, { start: from, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      const bytes = pendingLength ? Buffer.concat([...pending, chunk.subarray(start, newline)]) : chunk.subarray(start, newline);
      yield { offset, length: bytes.length, text: bytes.toString('utf8'), terminated: true };
      offset += bytes.length + 1;
      pending = [];
      pendingLength = 0;
      start = newline + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingLength += chunk.length - start;
    }
  }
  if (pendingLength > 0) {
    const bytes = Buffer.concat(pending);
    yield { offset, length: bytes.length, text: bytes.toString('utf8'), terminated: false };
  }
}
