/**
 * What the engagement overview shows, worked out from the queue's figures, their verdicts and the
 * audit trail: progress by report and by status, the disputed figures with their notes, decided
 * figures with no evidence linked, and verification progress over time replayed from the events.
 * Pure, so each number can be tested without a browser.
 */
import type { AuditEvent } from '../../db/records';
import { FIGURE_STATUSES, type FigureStatus } from '../../../../shared/domain/verdict';

export type StatusCounts = Record<FigureStatus, number>;

export interface OverviewFigure {
  id: string;
  documentId: string;
  text: string;
  status: FigureStatus;
}

export interface OverviewVerdict {
  note?: string;
  evidence?: string;
}

export interface DocumentProgress {
  documentId: string;
  name: string;
  total: number;
  counts: StatusCounts;
  /** Confirmed, disputed or dismissed: no longer open. */
  decided: number;
}

export interface FigureNote {
  figureId: string;
  documentId: string;
  text: string;
  note: string;
}

export interface Overview {
  documents: DocumentProgress[];
  totals: DocumentProgress;
  disputed: FigureNote[];
  /** Confirmed or disputed figures whose verdict links no evidence. */
  withoutEvidence: FigureNote[];
}

const noCounts = (): StatusCounts => ({ open: 0, confirmed: 0, disputed: 0, dismissed: 0 });

export function overviewOf(
  documents: readonly { id: string; fileName: string }[],
  figures: readonly OverviewFigure[],
  verdicts: ReadonlyMap<string, OverviewVerdict>,
): Overview {
  const progress = new Map(documents.map((d) => [d.id, { documentId: d.id, name: d.fileName, total: 0, counts: noCounts(), decided: 0 }]));
  const totals: DocumentProgress = { documentId: '', name: '', total: 0, counts: noCounts(), decided: 0 };
  const disputed: FigureNote[] = [];
  const withoutEvidence: FigureNote[] = [];
  for (const figure of figures) {
    for (const row of [progress.get(figure.documentId), totals]) {
      if (!row) continue;
      row.total++;
      row.counts[figure.status]++;
      if (figure.status !== 'open') row.decided++;
    }
    const verdict = verdicts.get(figure.id);
    const entry = { figureId: figure.id, documentId: figure.documentId, text: figure.text, note: verdict?.note?.trim() ?? '' };
    if (figure.status === 'disputed') disputed.push(entry);
    if ((figure.status === 'confirmed' || figure.status === 'disputed') && !verdict?.evidence?.trim()) withoutEvidence.push(entry);
  }
  return { documents: [...progress.values()], totals, disputed, withoutEvidence };
}

/** The engagement's decisions at one moment: how many figures stood confirmed, disputed, dismissed. */
export interface ProgressPoint {
  at: number;
  decided: number;
  confirmed: number;
  disputed: number;
}

const isFigureStatus = (state: string | undefined): state is FigureStatus => FIGURE_STATUSES.includes(state as FigureStatus);

/**
 * Replay the trail's status changes in order: one point per moment the counts changed, moments
 * closer than `bucketMs` merged into the last of them so a bulk action is one step, not hundreds.
 */
export function progressOverTime(events: readonly Pick<AuditEvent, 'at' | 'figureId' | 'toStatus'>[], bucketMs = 60_000): ProgressPoint[] {
  const status = new Map<string, FigureStatus>();
  const counts = noCounts();
  const points: ProgressPoint[] = [];
  for (const event of events) {
    if (!event.figureId || !isFigureStatus(event.toStatus)) continue;
    const before = status.get(event.figureId) ?? 'open';
    if (before === event.toStatus) continue;
    counts[before]--;
    counts[event.toStatus]++;
    status.set(event.figureId, event.toStatus);
    const at = Date.parse(event.at);
    const point = { at, decided: counts.confirmed + counts.disputed + counts.dismissed, confirmed: counts.confirmed, disputed: counts.disputed };
    const last = points.at(-1);
    if (last && at - last.at < bucketMs) points[points.length - 1] = { ...point, at: last.at };
    else points.push(point);
  }
  return points;
}

/** The shortest stretch of time the chart spans: minutes of work still read as a stretch of a day. */
export const MIN_CHART_SPAN_MS = 10 * 60_000;

/**
 * The chart's time axis, from the first point to the last, at least `MIN_CHART_SPAN_MS` wide.
 * Left to itself Chart.js widens a range of one moment by 5 % of the value, and a time in
 * milliseconds since 1970 is large: one minute's decisions drew an axis from 2023 to 2030.
 */
export function timeAxisRange(points: readonly ProgressPoint[]): { min: number; max: number } | undefined {
  if (points.length === 0) return undefined;
  const first = points[0]!.at;
  const span = Math.max(points.at(-1)!.at - first, MIN_CHART_SPAN_MS);
  return { min: first - span * 0.05, max: first + span * 1.05 };
}
