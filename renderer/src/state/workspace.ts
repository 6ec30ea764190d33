/**
 * The open engagement as the UI shows it: a cache of what IndexedDB holds, changed only after the
 * transaction that stored a change has committed (see db/actions.ts), plus the auditor's place in
 * the queue. Figures are kept sorted (document, then position) with their status and review
 * beside them.
 */
import { create } from 'zustand';
import type { ReviewStatus, Role } from '../../../shared/domain/review';
import type { FigureStatus } from '../../../shared/domain/verdict';
import { saveSetting, type ActionResult, type ImportedReport } from '../db/actions';
import { actingMember, roleOf, type Duty } from '../db/membership';
import { loadEngagementContents, loadEngagements, loadSettings } from '../db/queries';
import type { Engagement, Figure, ReportDocument, Verdict } from '../db/records';
import { ALL_FIGURES, queueView, type QueueFilter, type QueueView } from '../features/queue/queue-view';
import { resumePlace, windowStorage } from '../features/queue/resume';
import { errorText } from '../i18n/error-text';
import { i18next } from '../i18n/i18n';

export interface QueueFigure extends Figure {
  status: FigureStatus;
  review: ReviewStatus;
  /** What the reviewer wrote when signing off or sending back. */
  reviewNote?: string;
}

/** A figure's place in the queue as its verdict (none: open) sets it. */
function judged(figure: Figure, verdict: Verdict | undefined): QueueFigure {
  const queued: QueueFigure = { ...figure, status: verdict?.status ?? 'open', review: verdict?.review ?? 'unreviewed' };
  if (verdict?.reviewNote) queued.reviewNote = verdict.reviewNote;
  return queued;
}

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; message: string };

export interface WorkspaceState {
  /** False until settings and engagements were read at start. */
  loaded: boolean;
  userName: string | null;
  engagements: Engagement[];
  engagement: Engagement | null;
  /** The open engagement's documents, in import order. */
  documents: ReportDocument[];
  figures: QueueFigure[];
  filter: QueueFilter;
  selectedId: string | null;
  save: SaveState;
}

export const useWorkspace = create<WorkspaceState>(() => ({
  loaded: false,
  userName: null,
  engagements: [],
  engagement: null,
  documents: [],
  figures: [],
  filter: ALL_FIGURES,
  selectedId: null,
  save: { state: 'idle' },
}));

const get = useWorkspace.getState;
const set = useWorkspace.setState;

let memo: { figures: QueueFigure[]; filter: QueueFilter; view: QueueView<QueueFigure> } | undefined;

/** The queue's rows under the current filter; rebuilt only when the figures or the filter change. */
export function selectQueueView(state: WorkspaceState): QueueView<QueueFigure> {
  if (memo?.figures !== state.figures || memo.filter !== state.filter) {
    memo = { figures: state.figures, filter: state.filter, view: queueView(state.figures, state.filter) };
  }
  return memo.view;
}

/** The figure `figureId` as the queue holds it (filtered out: as the engagement does). */
export const figureById = (state: WorkspaceState, figureId: string | null): QueueFigure | undefined => {
  const index = figureId === null ? undefined : selectQueueView(state).indexOf.get(figureId);
  return index === undefined ? state.figures.find((f) => f.id === figureId) : selectQueueView(state).rows[index];
};

export const selectFigure = (state: WorkspaceState): QueueFigure | undefined => figureById(state, state.selectedId);

export const selectDocument = (state: WorkspaceState, documentId: string | undefined) =>
  state.documents.find((document) => document.id === documentId);

/** The user's role in the open engagement; undefined until they hold one there. */
export const selectRole = (state: WorkspaceState): Role | undefined =>
  state.engagement && state.userName !== null ? roleOf(state.engagement, state.userName) : undefined;

/** Why the user may not do `duty`'s work in the open engagement (the database would refuse it too); null when they may. */
export function dutyRefusal(state: WorkspaceState, duty: Duty): string | null {
  if (!state.engagement || state.userName === null) return i18next.t('errors.openEngagementFirst');
  const member = actingMember(state.engagement, state.userName, duty);
  return member.ok ? null : member.error;
}

export async function startWorkspace(): Promise<void> {
  try {
    const [settings, engagements] = await Promise.all([loadSettings(), loadEngagements()]);
    set({ userName: settings.userName ?? null, engagements });
    const last = engagements.find((e) => e.id === settings.lastEngagementId) ?? engagements.at(-1);
    if (last) await openEngagement(last);
    set({ loaded: true });
  } catch (error) {
    set({ loaded: true, save: { state: 'failed', message: i18next.t('errors.workNotOpened', { reason: errorText(error) }) } });
  }
}

function byPosition(documents: readonly ReportDocument[]) {
  const order = new Map(documents.map((document, index) => [document.id, index]));
  return (a: Figure, b: Figure) =>
    (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || a.start - b.start || a.end - b.end;
}

export async function openEngagement(engagement: Engagement): Promise<void> {
  const { documents, figures, verdicts } = await loadEngagementContents(engagement.id);
  const queue = figures.map((figure) => judged(figure, verdicts.get(figure.id)));
  queue.sort(byPosition(documents));
  // Where the auditor left this engagement's queue, if that still fits.
  const place = resumePlace(windowStorage(), engagement.id, queue, new Set(documents.map((document) => document.id)));
  set({ engagement, documents, figures: queue, ...place });
  void saveSetting('lastEngagementId', engagement.id);
}

export function addEngagement(engagement: Engagement): Promise<void> {
  set({ engagements: [...get().engagements, engagement] });
  return openEngagement(engagement);
}

/** The engagement as stored after a change to it (a member joined or changed role). */
export function applyEngagement(engagement: Engagement): void {
  const { engagements, engagement: open } = get();
  set({
    engagements: engagements.map((existing) => (existing.id === engagement.id ? engagement : existing)),
    engagement: open?.id === engagement.id ? engagement : open,
  });
}

export function setUserName(userName: string): void {
  set({ userName });
}

export function select(figureId: string | null): void {
  if (figureId !== get().selectedId) set({ selectedId: figureId });
}

export function setFilter(filter: QueueFilter): void {
  set({ filter });
  const view = selectQueueView(get());
  const { selectedId } = get();
  if (selectedId === null || !view.indexOf.has(selectedId)) select(view.rows[0]?.id ?? null);
}

/** Replace some figures, keeping the array's identity cheap to compare: one copy, no re-sort. */
function replaceFigures(changes: ReadonlyMap<string, (figure: QueueFigure) => QueueFigure>): void {
  const { figures } = get();
  let next: QueueFigure[] | undefined;
  figures.forEach((figure, index) => {
    const change = changes.get(figure.id);
    if (!change) return;
    next ??= figures.slice();
    next[index] = change(figure);
  });
  if (next) set({ figures: next });
}

/** Stored verdicts (a decision, a review, or many of one bulk review) shown in the queue. */
export function applyVerdicts(verdicts: readonly Verdict[]): void {
  replaceFigures(new Map(verdicts.map((verdict) => [verdict.figureId, (figure: QueueFigure) => judged(figure, verdict)])));
}

/** A corrected value, and the verdict whose review the correction undid, if any. */
export function applyCorrection(corrected: Figure, verdict?: Verdict): void {
  replaceFigures(
    new Map([[corrected.id, (figure: QueueFigure) => (verdict ? judged(corrected, verdict) : { ...figure, ...corrected })]]),
  );
}

export function applyAddedFigure(figure: Figure): void {
  const { figures, documents } = get();
  const compare = byPosition(documents);
  const added = judged(figure, undefined);
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(figures[mid]!, added) <= 0) low = mid + 1;
    else high = mid;
  }
  set({ figures: [...figures.slice(0, low), added, ...figures.slice(low)] });
}

export function applyImport({ document, figures }: ImportedReport): void {
  const state = get();
  if (state.engagement?.id !== document.engagementId) return;
  const added = figures
    .map((figure) => judged(figure, undefined))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  set({
    documents: [...state.documents, document],
    figures: state.figures.concat(added),
    selectedId: state.selectedId ?? added[0]?.id ?? null,
  });
}

let pendingSaves = 0;

/** Run a database action, showing "Saving…" until it committed and "Saved" (or why not) after. */
export async function persist<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  pendingSaves++;
  // Begun before "Saving…" is set: see storeAndMoveOn (features/verdict/figure-change.ts).
  const saved = action();
  set({ save: { state: 'saving' } });
  const result = await saved;
  pendingSaves--;
  if (!result.ok) set({ save: { state: 'failed', message: result.error } });
  else if (pendingSaves === 0) set({ save: { state: 'saved', at: new Date() } });
  return result;
}
