// `tickmark check FILE…`: the files are one engagement. Each is imported as `extract` imports it
// (the app's import worker), its figures described (metric, period, scope), and every automatic
// check run over them all at once. One JSON line per check with --jsonl, else one line per check
// for people, mismatches first.
import { basename } from 'node:path';
import { warningEnglish } from '../../shared/domain/document-warning';
import type { ParsedReport } from '../../shared/domain/report';
import type { Result } from '../../shared/domain/result';
import type { ImportError } from '../../shared/ipc/schemas';
import { runChecks, type Check, type CheckDocument } from '../../shared/checks/index';
import type { CliIo } from './io';
import { terminalSafeJson } from './terminal-safe';

export type ImportFile = (path: string, index: number) => Promise<Result<ParsedReport, ImportError>>;

/** A check as one line of `check --jsonl`. */
export interface CheckRecord {
  kind: Check['kind'];
  holds: boolean;
  figures: Array<{ doc: string; start: number; end: number; value: number; role: string }>;
  expected?: number;
  stated?: number;
  rule: string;
  message: string;
}

export function toCheckRecord(check: Check): CheckRecord {
  return {
    kind: check.kind,
    holds: check.holds,
    figures: check.figures.map(({ doc, start, end, value, role }) => ({ doc, start, end, value, role })),
    ...(check.expected === undefined ? {} : { expected: Number(check.expected.toPrecision(12)) }),
    ...(check.stated === undefined ? {} : { stated: check.stated }),
    rule: check.rule,
    message: check.message,
  };
}

/** Runs the checks over `files`; resolves with the exit status (1 when a file could not be read). */
export async function checkFiles(files: readonly string[], importFile: ImportFile, io: CliIo, jsonl: boolean): Promise<number> {
  const docs: CheckDocument[] = [];
  let failed = false;
  for (const [index, path] of files.entries()) {
    const result = await importFile(path, index);
    if (!result.ok) {
      io.err(`${result.error.message}\n`);
      failed = true;
      continue;
    }
    for (const warning of result.value.warnings) io.err(`${result.value.fileName}: ${warningEnglish(warning)}\n`);
    const { text, figures } = result.value;
    docs.push({ name: basename(result.value.fileName), text, figures });
  }
  const checks = runChecks(docs);
  if (jsonl) io.out(checks.map((check) => `${terminalSafeJson(toCheckRecord(check))}\n`).join(''));
  else io.out(humanReadable(docs, checks));
  return failed ? 1 : 0;
}

function humanReadable(docs: CheckDocument[], checks: Check[]): string {
  const mismatches = checks.filter((c) => !c.holds).length;
  const head = `${docs.map((d) => d.name).join(', ')}: ${checks.length} check${checks.length === 1 ? '' : 's'}, ${mismatches} mismatch${mismatches === 1 ? '' : 'es'}`;
  return `${[head, ...checks.map((c) => `  ${c.kind.padEnd(11)} ${c.message}`)].join('\n')}\n`;
}
