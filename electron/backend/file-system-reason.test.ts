import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSystemProblem, fileSystemReason } from './file-system-reason';

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'tickmark-fs-reason-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The error a real file-system call fails with. */
const failure = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call succeeded'), (error: unknown) => error);

describe('what the file system said, as a code', () => {
  it('reads the errors of real calls: a missing file, a folder, a file already there', async () => {
    expect(fileSystemProblem(await failure(readFile(join(dir, 'absent.csv'))))).toEqual({ code: 'missing' });
    expect(fileSystemProblem(await failure(readFile(dir)))).toEqual({ code: 'folder' });
    await writeFile(join(dir, 'taken.csv'), 'x');
    expect(fileSystemProblem(await failure(open(join(dir, 'taken.csv'), 'wx')))).toEqual({ code: 'exists' });
  });

  it.each([
    ['EACCES', 'permission'],
    ['ENOSPC', 'disk-full'],
    ['EMFILE', 'too-many-open'],
    ['ENFILE', 'too-many-open'],
    ['EBUSY', 'busy'],
  ])('gives %s the code %s, with English for the CLI', (errno, code) => {
    const error = Object.assign(new Error(`${errno}: something, open '/x'`), { code: errno });
    expect(fileSystemProblem(error)).toEqual({ code });
    expect(fileSystemReason(error)).not.toContain(errno);
  });

  it('keeps the words of an error no code fits', () => {
    const error = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    expect(fileSystemProblem(error)).toEqual({ code: 'other', detail: 'EIO: i/o error, write' });
  });
});
