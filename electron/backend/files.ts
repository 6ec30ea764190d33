import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteOptions {
  /** Permissions of a new file (default 0o666 less the umask); 0o600 for a secret. */
  mode?: number;
  /** Refuse to replace a file already at `path` (EEXIST) instead of overwriting it. */
  exclusive?: boolean;
}

/**
 * Write `content` to `path` so that a crash leaves either the old file or the new one, never half
 * of it: write a temporary file beside it, flush it to disk, then rename it over the target. The
 * content may come in pieces (a large export), written one after the other.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array>,
  options: WriteOptions = {},
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', options.mode);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
    else {
      for await (const piece of content) {
        if (typeof piece === 'string') await handle.write(piece);
        else await handle.write(piece);
      }
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    // link() fails when the target exists, where rename() would silently replace it.
    if (options.exclusive) await link(temp, path);
    else await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}
