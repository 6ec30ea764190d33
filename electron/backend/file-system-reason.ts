import { FILE_PROBLEM_OF_ERRNO, type Failure, type FileProblem, type FileProblemCode, type Reason, type ReasonCode } from '../../shared/ipc/reasons';

/** What the file system said, as a code the UI says in its own language (the error's own words kept when no code fits). */
export function fileSystemProblem(error: unknown): FileProblem {
  const code = FILE_PROBLEM_OF_ERRNO[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];
  return code ? { code } : { code: 'other', detail: error instanceof Error ? error.message : String(error) };
}

const ENGLISH: Record<Exclude<FileProblemCode, 'other'>, string> = {
  missing: 'the file does not exist',
  folder: 'it is a folder, not a file',
  permission: 'permission denied; check that it belongs to you',
  'disk-full': 'the disk is full; free some space',
  'read-only': 'the disk is read-only',
  exists: 'a file of that name is already there',
  'too-many-open': 'too many files are open; close some programs and try again',
  busy: 'the file is in use by another program; close it there and try again',
};

/** A file-system problem in English, for logs and the CLI. */
export const fileProblemEnglish = (problem: FileProblem): string => (problem.code === 'other' ? (problem.detail ?? '') : ENGLISH[problem.code]);

/** Why the file system refused a read or a write, in words that say what to do about it. */
export const fileSystemReason = (error: unknown): string => fileProblemEnglish(fileSystemProblem(error));

/** A failure caused by what the file system said: `english` words the sentence around that cause. */
export function fileFailure(code: ReasonCode, params: Reason['params'], error: unknown, english: (cause: string) => string): Failure {
  const file = fileSystemProblem(error);
  return { message: english(fileProblemEnglish(file)), reason: { code, params, file } };
}
