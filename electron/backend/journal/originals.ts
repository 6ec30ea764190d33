import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../shared/domain/result';
import { writeFileAtomic } from '../files';
import { reason, type Failure } from '../../../shared/ipc/reasons';
import { fileFailure } from '../file-system-reason';

/**
 * The reports' original files, kept beside the journal and named by the SHA-256 of their bytes:
 * the same file imported twice is kept once, and a file that no longer matches its name is found.
 */
export interface OriginalStore {
  /** Keep `bytes` (atomically) unless they are kept already: their SHA-256, and whether they were. */
  keep(bytes: Uint8Array): Promise<Result<KeptOriginal, Failure>>;
  /** Remove what `keep` added for a report that was not imported after all. */
  forget(sha256: string): Promise<void>;
  /** The bytes kept under `sha256`, checked against it. */
  read(sha256: string): Promise<Result<Uint8Array<ArrayBuffer>, Failure>>;
}

export interface KeptOriginal {
  sha256: string;
  keptBefore: boolean;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function originalStore(dir: string): OriginalStore {
  const pathOf = (sha256: string) => join(dir, sha256);
  return {
    async keep(bytes) {
      const sha256 = sha256Of(bytes);
      try {
        if (await exists(pathOf(sha256))) return ok({ sha256, keptBefore: true });
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(pathOf(sha256), bytes);
        return ok({ sha256, keptBefore: false });
      } catch (error) {
        return err(fileFailure('original.notKept', { dir }, error, (cause) => `Could not keep a copy of the original in ${dir}: ${cause}.`));
      }
    },
    forget: (sha256) => rm(pathOf(sha256), { force: true }),
    async read(sha256) {
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(sha256));
      } catch (error) {
        return err(fileFailure('original.missing', { sha256: sha256.slice(0, 12), dir }, error, (cause) => `The original ${sha256.slice(0, 12)}… is not in ${dir}: ${cause}.`));
      }
      if (sha256Of(bytes) !== sha256) {
        return err({
          message: `The original kept as ${pathOf(sha256)} was changed on disk: its content no longer has that SHA-256.`,
          reason: reason('original.changed', { params: { path: pathOf(sha256) } }),
        });
      }
      // A plain Uint8Array: both IPC bridges carry it as one.
      return ok(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength));
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
