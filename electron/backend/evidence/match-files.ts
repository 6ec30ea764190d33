// Matching a report's figures against evidence files, for the command line and the tests: each file
// imported once (through the caller's importer: the app's worker, under its limits), the evidence
// indexed once, then every figure of the report ranked. A file given both as the report and as
// evidence is indexed once; its figures are still never their own evidence.

import type { Result } from '../../../shared/domain/result';
import type { LocatedFigure, ParsedReport } from '../../../shared/domain/report';
import {
  buildEvidenceIndex, claimOf, evidenceDocument, prepareDocument, rankEvidence,
  type Candidate, type EvidenceDocument, type EvidenceIndex, type PreparedDocument,
} from '../../../shared/evidence/index';
import type { ImportError } from '../../../shared/ipc/schemas';


export type ImportFile = (path: string) => Promise<Result<ParsedReport, ImportError>>;

export interface FigureMatch {
  figure: LocatedFigure;
  candidates: Candidate[];
}

export interface MatchedReport {
  report: ParsedReport;
  matches: FigureMatch[];
  /** Evidence files that could not be imported: the rest are still matched. */
  failures: ImportError[];
  indexMs: number;
}

export async function matchFiles(
  reportPath: string,
  evidencePaths: readonly string[],
  importFile: ImportFile,
  options: { limit: number; name: (path: string) => string },
): Promise<Result<MatchedReport, ImportError>> {
  const report = await importFile(reportPath);
  if (!report.ok) return report;
  const failures: ImportError[] = [];
  const evidence: EvidenceDocument[] = [];
  for (const path of new Set(evidencePaths)) {
    const read = path === reportPath ? report : await importFile(path);
    if (read.ok) evidence.push(evidenceDocument(read.value, options.name(path)));
    else failures.push(read.error);
  }
  const started = performance.now();
  const index = buildEvidenceIndex(evidence);
  const indexMs = performance.now() - started;
  const prepared = preparedReport(index, evidenceDocument(report.value, options.name(reportPath)));
  const matches = report.value.figures.map((figure) => ({ figure, candidates: rankEvidence(index, claimOf(index, prepared, figure), options.limit) }));
  return { ok: true, value: { report: report.value, matches, failures, indexMs } };
}

/** The report's words: the index's own when the report is among the evidence, else read now. */
function preparedReport(index: EvidenceIndex, report: EvidenceDocument): PreparedDocument {
  return index.documents.find((prepared) => prepared.source.id === report.id) ?? prepareDocument(report);
}
