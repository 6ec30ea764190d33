import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { originalStore } from './originals';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-originals-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('Over 550 million users, up 39%.');
const sha256 = createHash('sha256').update(bytes).digest('hex');

describe('originals kept by their SHA-256', () => {
  it('keeps a file under its hash once, and reads it back', async () => {
    const store = originalStore(join(dir, 'originals'));
    expect(await store.keep(bytes)).toEqual({ ok: true, value: { sha256, keptBefore: false } });
    expect(await store.keep(bytes.slice())).toEqual({ ok: true, value: { sha256, keptBefore: true } });
    expect(new Uint8Array(await readFile(join(dir, 'originals', sha256)))).toEqual(bytes);
    expect(await store.read(sha256)).toEqual({ ok: true, value: bytes });
  });

  it('says so when an original is missing or no longer matches its hash', async () => {
    const store = originalStore(join(dir, 'originals'));
    expect(await store.read(sha256)).toMatchObject({ ok: false, error: { message: expect.stringContaining('is not in'), reason: { code: 'original.missing', file: { code: 'missing' } } } });
    await store.keep(bytes);
    await writeFile(join(dir, 'originals', sha256), 'Over 650 million users, up 39%.');
    expect(await store.read(sha256)).toMatchObject({ ok: false, error: { message: expect.stringContaining('was changed on disk'), reason: { code: 'original.changed' } } });
  });

  it('forgets what it kept', async () => {
    const store = originalStore(join(dir, 'originals'));
    await store.keep(bytes);
    await store.forget(sha256);
    expect((await store.read(sha256)).ok).toBe(false);
  });

  it('says why it could not keep a file, in words to act on', async () => {
    await writeFile(join(dir, 'not-a-folder'), '');
    const store = originalStore(join(dir, 'not-a-folder'));
    expect(await store.keep(bytes)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Could not keep a copy of the original in .*not-a-folder: /), reason: { code: 'original.notKept', file: expect.any(Object) } },
    });
  });
});
