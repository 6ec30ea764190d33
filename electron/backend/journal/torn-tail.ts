import { mkdir, open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { err, ok, type Result } from '../../../shared/domain/result';
import { writeFileAtomic } from '../files';
import type { FileProblem } from '../../../shared/ipc/reasons';
import { fileSystemProblem } from '../file-system-reason';

/**
 * Move the bytes of `path` from `offset` on into a file of their own in `asideDir`, then cut
 * `path` back to `offset`: a write the app did not finish is kept for the record, and the next
 * entry starts on a whole line. The aside file is on disk before anything is cut.
 */
export async function setAsideTornTail(path: string, offset: number, asideDir: string): Promise<Result<string, FileProblem>> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const asidePath = join(asideDir, `${basename(path, '.jsonl')}.torn-${stamp}.bin`);
  try {
    const handle = await open(path, 'r+');
    try {
      const { size } = await handle.stat();
      const tail = Buffer.alloc(size - offset);
      await handle.read(tail, 0, tail.length, offset);
      await mkdir(asideDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(asidePath, tail);
      await handle.truncate(offset);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return ok(asidePath);
  } catch (error) {
    return err(fileSystemProblem(error));
  }
}
