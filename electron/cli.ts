#!/usr/bin/env node
// The command line, `tickmark` (bundled to dist/electron/cli.js; `npm run tickmark -- …` in the
// repository). `extract FILE…` imports reports exactly as the app does: in the app's import worker,
// under the same memory and time limits, one file after the other. This thread only reads the files
// and prints, so it never loads the readers. `verify-trail FILE.csv` checks an exported audit trail.
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { warningEnglish } from '../shared/domain/document-warning';
import type { LocatedFigure, ParsedReport } from '../shared/domain/report';
import type { Result } from '../shared/domain/result';
import { toGoldRecord, type GoldRecord } from '../shared/extraction/gold-record';
import type { ImportError } from '../shared/ipc/schemas';
import type { Importer } from './backend/handlers';
import { createImporter } from './backend/importer';
import { checkSize } from './backend/report-size';
import { importError } from './backend/worker/protocol';
import { fileSystemReason } from './backend/file-system-reason';
import type { CliIo } from './cli/io';
import { terminalSafe, terminalSafeJson } from './cli/terminal-safe';

export const USAGE = `Usage: tickmark extract FILE… [--jsonl]
       tickmark check FILE… [--jsonl]
       tickmark match REPORT --evidence FILE… [--jsonl]
       tickmark verify-trail TRAIL.csv… [--trust FINGERPRINT]… [--data-dir DIR]

extract       Extract every claimed figure from report files (.pdf, .docx, .html, .htm, .txt, .md).
check         Recalculate what the files, taken as one engagement, compute (sums, shares, changes)
              and find figures they state more than once that disagree; mismatches first.
match         For each figure of REPORT, the places in the evidence files (reports, .xlsx, .csv)
              whose figures or cells may support it, best first, with why: exact, rounded,
              within qualifier, ratio, same metric. REPORT may be among the evidence.
verify-trail  Check that an audit trail exported by Tickmark is complete and unedited: every event
              carries the hash of the one before it, and the seal at its end, signed with the
              exporting installation's key, covers them all. The key must be trusted: this
              installation's own key is, others' with --trust.

Options:
  --jsonl    one JSON object per figure and line, in the form of the evaluation gold files
             (doc, start, end, text, value, value_max, unit, qualifier; metric and period where
             told; page for PDFs); for check, one per check (kind, holds, figures, expected,
             stated, rule, message)
  --evidence FILE  (match) an evidence file; repeat it, or list the files after REPORT
  --trust FP      trust the signing key with this fingerprint (as verify-trail prints it)
  --data-dir DIR  the app's data folder, whose key is trusted (default: the app's own)
  -h, --help      show this help

In the repository, run it as \`npm run tickmark -- extract …\`.
Exit status: 0 when every file was read, 1 when any file failed, 2 for a usage error.`;

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the command line on `argv`; everything it prints goes through `terminalSafe`. Resolves with the exit status. */
export async function main(argv: readonly string[], rawIo: CliIo = processIo): Promise<number> {
  const io = terminalSafe(rawIo);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        jsonl: { type: 'boolean' },
        evidence: { type: 'string', multiple: true },
        trust: { type: 'string', multiple: true },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command === undefined) return usageError(io, 'No command given.');
  if (command !== 'extract' && command !== 'match' && command !== 'check' && command !== 'verify-trail') return usageError(io, `Unknown command "${command}".`);
  if (files.length === 0) return usageError(io, 'No files given.');
  if (command === 'verify-trail') {
    // Loaded only for this command: extract never needs the trail's keys and hashes.
    const { verifyTrails } = await import('./cli/verify-trail');
    return verifyTrails(files, io, { trust: values.trust ?? [], dataDir: values['data-dir'] });
  }

  const evidence = [...(values.evidence ?? []), ...files.slice(1)];
  if (command === 'match' && evidence.length === 0) return usageError(io, 'No evidence given: tickmark match REPORT --evidence FILE…');
  const importer = createImporter({ poolSize: 1 });
  let closing: Promise<void> | undefined;
  try {
    if (command === 'match') {
      const { matchCommand } = await import('./cli/match');
      const paths = [files[0]!, ...evidence];
      return await matchCommand(files[0]!, evidence, (path) => extractFile(importer, `cli-${paths.indexOf(path)}`, path), io, values.jsonl === true);
    }
    if (command === 'check') {
      const { checkFiles } = await import('./cli/check');
      return await checkFiles(files, (path, index) => extractFile(importer, `cli-${index}`, path), io, values.jsonl === true);
    }
    let failed = false;
    for (const [index, path] of files.entries()) {
      const last = index === files.length - 1;
      const result = await extractFile(importer, `cli-${index}`, path, last);
      // Ending the import worker frees its memory on its own thread (some 0.2 s): while the output is written.
      if (last) closing = importer.close();
      if (!result.ok) {
        io.err(`${result.error.message}\n`);
        failed = true;
        continue;
      }
      for (const warning of result.value.warnings) io.err(`${result.value.fileName}: ${warningEnglish(warning)}\n`);
      io.out(values.jsonl ? jsonLines(result.value) : humanReadable(result.value));
    }
    return failed ? 1 : 0;
  } finally {
    await (closing ?? importer.close());
  }
}

/** Import the file at `path`; the report's `fileName`, and every message, name it as the user typed it. */
async function extractFile(importer: Importer, jobId: string, path: string, last = false): Promise<Result<ParsedReport, ImportError>> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: importError('unreadable', path, 'it is a folder, not a file') };
    const sizeError = checkSize(path, info.size);
    if (sizeError) return { ok: false, error: sizeError };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: importError('unreadable', path, fileSystemReason(error)) };
  }
  return importer.importReport({ jobId, fileName: path, bytes, ...(last ? { last } : {}) }, () => {});
}

/** One figure in the form of the evaluation gold files (GUIDELINES.md), plus what it measures and its page for paged formats. */
export type FigureRecord = GoldRecord & { metric?: string; period?: string; page?: number };

export function toRecord(doc: string, figure: LocatedFigure): FigureRecord {
  const record: FigureRecord = toGoldRecord(doc, figure);
  if (figure.metric !== undefined) record.metric = figure.metric;
  if (figure.period !== undefined) record.period = figure.period;
  return figure.page === undefined ? record : { ...record, page: figure.page };
}

function jsonLines(report: ParsedReport): string {
  const doc = basename(report.fileName);
  return report.figures.map((figure) => `${terminalSafeJson(toRecord(doc, figure))}\n`).join('');
}

function humanReadable(report: ParsedReport): string {
  const count = `${report.figures.length} figure${report.figures.length === 1 ? '' : 's'}`;
  const about = [report.format, report.encoding].filter(Boolean).join(', ');
  const lines = [`${report.fileName}: ${count} (${about})`];
  for (const figure of report.figures) {
    const page = figure.page === undefined ? '' : `p.${figure.page}  `;
    const value = figure.valueMax === undefined ? `${figure.value}` : `${figure.value}–${figure.valueMax}`;
    const unit = figure.unit === '' ? '' : ` ${figure.unit}`;
    lines.push(`  ${page}${JSON.stringify(figure.text)}  ${value}${unit}  ${figure.qualifier}`);
  }
  return `${lines.join('\n')}\n`;
}

function usageError(io: CliIo, problem: string): number {
  io.err(`${problem}\n\n${USAGE}\n`);
  return 2;
}

/** Whether this module is the program, also when started through a link (npm's `bin`, which Node resolves). */
function isProgram(): boolean {
  const program = process.argv[1];
  if (program === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(program)).href;
  } catch {
    return false;
  }
}

if (isProgram()) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // Output piped into `head` and the like: stop quietly when the reader goes away.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
