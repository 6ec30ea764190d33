import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../../shared/domain/records';
import type { LocatedFigure } from '../../../../shared/domain/report';
import type { QueueFigure } from '../../state/workspace';
import { linkPlace, resolvePlace } from './open-evidence';

const BOXES = [{ x: 10, y: 20, width: 30, height: 8 }];
const figure = (start: number, end: number): LocatedFigure => ({
  text: '765 million',
  start,
  end,
  value: 765e6,
  unit: '',
  qualifier: 'exact',
  sentence: { start: 0, end: 40 },
  page: 2,
  boxes: BOXES,
});
const document = (id: string, sha: string, extra: Partial<ReportDocument>): ReportDocument => ({
  id,
  engagementId: 'e',
  importedAt: '2026-11-29T00:00:00Z',
  fileName: `${id}.pdf`,
  format: 'pdf',
  sha256: sha,
  byteLength: 1,
  text: 'x'.repeat(100),
  pages: [],
  warnings: [],
  ...extra,
});

const SCAN = document('scan', 'a'.repeat(64), { role: 'evidence', evidenceFigures: [figure(40, 51)] });
const REPORT = document('report', 'b'.repeat(64), { role: 'report' });
const QUEUED = { ...figure(5, 16), id: 'f', engagementId: 'e', documentId: 'report', origin: 'extracted', status: 'open', review: 'unreviewed' } as QueueFigure;
const state = { documents: [SCAN, REPORT], figures: [QUEUED] };

describe('evidence opened at its place', () => {
  it("finds an evidence document's figure by its span, with its page and boxes", () => {
    expect(resolvePlace(state, { sha256: SCAN.sha256, start: 40, end: 51, page: 2 })).toMatchObject({ document: SCAN, page: 2, boxes: BOXES });
  });

  it("finds a report's figure among the queued figures when a report is the evidence", () => {
    expect(resolvePlace(state, { sha256: REPORT.sha256, start: 5, end: 16 })).toMatchObject({ document: REPORT, page: 2, boxes: BOXES });
  });

  it('opens a place no figure starts at as text (no boxes), and nothing for a document no longer there', () => {
    expect(resolvePlace(state, { sha256: SCAN.sha256, start: 41, end: 51 })).not.toHaveProperty('boxes');
    expect(resolvePlace(state, { sha256: 'c'.repeat(64), start: 0, end: 1 })).toBeUndefined();
  });

  it('opens a stored link at its cell', () => {
    expect(linkPlace({ document: 'b.xlsx', sha256: SCAN.sha256, sheet: 'S', cell: 'B2', start: 1, end: 2, text: '7' })).toEqual({ sha256: SCAN.sha256, sheet: 'S', cell: 'B2', start: 1, end: 2 });
  });
});
