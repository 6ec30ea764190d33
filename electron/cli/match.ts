// `tickmark match REPORT --evidence FILE…`: for each figure of the report, the places in the
// evidence that may support it, best first, each with why. Files are imported by the caller (the
// CLI's import worker, as `extract` does); a file given as the report and as evidence checks itself.
import { basename } from 'node:path';
import { warningEnglish } from '../../shared/domain/document-warning';
import type { LocatedFigure } from '../../shared/domain/report';
import type { Candidate } from '../../shared/evidence/index';
import { matchFiles, type FigureMatch, type ImportFile } from '../backend/evidence/match-files';
import type { CliIo } from './io';
import { terminalSafeJson } from './terminal-safe';

/** Candidates printed per figure. */
const LIMIT = 5;
/** Candidates shown per figure in the human-readable listing. */
const SHOWN = 3;

/** One figure's line of `--jsonl`. */
export interface MatchRecord {
  figure: { doc: string; start: number; end: number; text: string; value: number; value_max?: number; unit: string; page?: number };
  candidates: Array<{ doc: string; start: number; end: number; page?: number; sheet?: string; cell?: string; text: string; score: number; reason: string[] }>;
}

/** Runs the command; resolves with the exit status (1 when the report or any evidence file could not be read). */
export async function matchCommand(report: string, evidence: readonly string[], importFile: ImportFile, io: CliIo, jsonl: boolean): Promise<number> {
  const result = await matchFiles(report, evidence, importFile, { limit: LIMIT, name: (path) => basename(path) });
  if (!result.ok) {
    io.err(`${result.error.message}\n`);
    return 1;
  }
  const { failures, matches } = result.value;
  for (const failure of failures) io.err(`${failure.message}\n`);
  for (const warning of result.value.report.warnings) io.err(`${result.value.report.fileName}: ${warningEnglish(warning)}\n`);
  const doc = basename(report);
  io.out(jsonl ? matches.map((match) => `${terminalSafeJson(toMatchRecord(doc, match))}\n`).join('') : humanReadable(doc, matches));
  return failures.length > 0 ? 1 : 0;
}

export function toMatchRecord(doc: string, { figure, candidates }: FigureMatch): MatchRecord {
  return {
    figure: {
      doc,
      start: figure.start,
      end: figure.end,
      text: figure.text,
      value: figure.value,
      ...(figure.valueMax === undefined ? {} : { value_max: figure.valueMax }),
      unit: figure.unit,
      ...(figure.page === undefined ? {} : { page: figure.page }),
    },
    candidates: candidates.map((c) => ({
      doc: c.doc,
      start: c.start,
      end: c.end,
      ...(c.page === undefined ? {} : { page: c.page }),
      ...(c.sheet === undefined ? {} : { sheet: c.sheet }),
      ...(c.cell === undefined ? {} : { cell: c.cell }),
      text: c.text,
      score: c.score,
      reason: c.reasons,
    })),
  };
}

function humanReadable(doc: string, matches: readonly FigureMatch[]): string {
  const supported = matches.filter((m) => m.candidates.length > 0).length;
  const lines = [`${doc}: ${matches.length} figures, ${supported} with candidates`];
  for (const { figure, candidates } of matches) {
    lines.push(`  ${where(figure)}${JSON.stringify(figure.text)}${candidates.length === 0 ? '  (no candidate)' : ''}`);
    for (const candidate of candidates.slice(0, SHOWN)) lines.push(`      ${candidate.score.toFixed(2)}  ${place(candidate)}  ${JSON.stringify(candidate.text)}  ${candidate.reasons.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

const where = (figure: LocatedFigure) => (figure.page === undefined ? '' : `p.${figure.page}  `);

function place(candidate: Candidate): string {
  if (candidate.cell !== undefined) return `${candidate.doc} ${candidate.sheet ? `${candidate.sheet}!` : ''}${candidate.cell}`;
  return `${candidate.doc}${candidate.page === undefined ? '' : ` p.${candidate.page}`}`;
}
