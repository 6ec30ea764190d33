import { describe, expect, it } from 'vitest';
import type { FigureStatus } from '../../../../shared/domain/verdict';
import { ALL_FIGURES, countStatuses, keepPlace, nextOpen, queueView, stepSelection, type QueueItem } from './queue-view';

const item = (id: string, status: FigureStatus, documentId = 'doc-a'): QueueItem => ({ id, status, documentId });
const figures = [item('1', 'confirmed'), item('2', 'open'), item('3', 'dismissed'), item('4', 'disputed', 'doc-b'), item('5', 'open', 'doc-b')];
const ids = (rows: readonly QueueItem[]) => rows.map((row) => row.id);

describe('the claims queue', () => {
  it('shows every figure but dismissed ones under "all"; dismissed ones have their own filter', () => {
    expect(ids(queueView(figures, ALL_FIGURES).rows)).toEqual(['1', '2', '4', '5']);
    expect(ids(queueView(figures, { status: 'dismissed', documentId: null }).rows)).toEqual(['3']);
  });

  it('filters by status and document together', () => {
    expect(ids(queueView(figures, { status: 'open', documentId: 'doc-b' }).rows)).toEqual(['5']);
    expect(ids(queueView(figures, { status: 'all', documentId: 'doc-a' }).rows)).toEqual(['1', '2']);
  });

  it('counts each status across the engagement', () => {
    expect(countStatuses(figures)).toEqual({ open: 2, confirmed: 1, disputed: 1, dismissed: 1 });
  });

  it('steps through the rows and stops at the ends', () => {
    const view = queueView(figures, ALL_FIGURES);
    expect(stepSelection(view, '2', 1)).toBe('4');
    expect(stepSelection(view, '2', -1)).toBe('1');
    expect(stepSelection(view, '5', 1)).toBe('5');
    expect(stepSelection(view, null, 1)).toBe('1');
    expect(stepSelection(view, 'not-in-view', -1)).toBe('1');
  });

  it('finds the next open figure, wrapping around and skipping those being saved', () => {
    const rows = queueView(figures, ALL_FIGURES).rows;
    expect(nextOpen(rows, 2)).toBe('5');
    expect(nextOpen(rows, 3, new Set(['5']))).toBe('2');
    expect(nextOpen([item('1', 'confirmed')], 0)).toBeNull();
  });

  it('keeps the auditor’s place when the selected figure leaves the view', () => {
    const view = queueView([item('1', 'open'), item('3', 'open')], { status: 'open', documentId: null });
    expect(keepPlace(view, '2', 1)).toBe('3');
    expect(keepPlace(view, '1', 0)).toBe('1');
    expect(keepPlace(view, '9', 5)).toBe('3');
  });
});
