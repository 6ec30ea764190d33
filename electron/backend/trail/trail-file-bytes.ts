// Reading a trail file's bytes, apart from the code that verifies them, so that the command line can
// start reading a file before that code has loaded: at a cold start each takes about 0.3 s for a
// 40 MB trail, and the reading (done on libuv's threads) then hides behind the loading.
import { open, readFile, stat } from 'node:fs/promises';

/** The largest trail file read: a million events is about 600 MB. */
export const MAX_TRAIL_BYTES = 1024 * 1024 * 1024;

/** Below this a trail is read whole, on one thread: starting another (about 50 ms) would cost more than it saves. */
export const IN_PARTS_MIN_BYTES = 4 * 2 ** 20;

/** A trail file's size, and its bytes unless it is larger than a trail can be. */
export interface TrailFileBytes {
  size: number;
  bytes?: Uint8Array;
}

/** A trail file's bytes; long enough to be read in parts, in memory that threads share, so that no part is copied to its thread. */
export async function readTrailFileBytes(path: string): Promise<TrailFileBytes> {
  const { size } = await stat(path);
  if (size > MAX_TRAIL_BYTES) return { size };
  return { size, bytes: size < IN_PARTS_MIN_BYTES ? await readFile(path) : await readShared(path, size) };
}

/** If the file grew since `size` was taken, what was added is not read (and the trail then has no seal at its end). */
async function readShared(path: string, size: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const file = await open(path);
  try {
    let read = 0;
    while (read < size) {
      const { bytesRead } = await file.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await file.close();
  }
}
