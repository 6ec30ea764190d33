import { describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../../../shared/domain/review';
import type { FigureStatus } from '../../../../shared/domain/verdict';
import {
  ALL_FIGURES,
  awaitingReview,
  countReviews,
  countStatuses,
  keepPlace,
  nextAwaitingReview,
  nextOpen,
  queueView,
  stepSelection,
  type QueueFilter,
  type QueueItem,
} from './queue-view';

const item = (id: string, status: FigureStatus, documentId = 'doc-a', review: ReviewStatus = 'unreviewed'): QueueItem => ({ id, status, documentId, review });
const filter = (change: Partial<QueueFilter>): QueueFilter => ({ ...ALL_FIGURES, ...change });
const figures = [item('1', 'confirmed'), item('2', 'open'), item('3', 'dismissed'), item('4', 'disputed', 'doc-b'), item('5', 'open', 'doc-b')];
const ids = (rows: readonly QueueItem[]) => rows.map((row) => row.id);

describe('the claims queue', () => {
  it('shows every figure but dismissed ones under "all"; dismissed ones have their own filter', () => {
    expect(ids(queueView(figures, ALL_FIGURES).rows)).toEqual(['1', '2', '4', '5']);
    expect(ids(queueView(figures, filter({ status: 'dismissed' })).rows)).toEqual(['3']);
  });

  it('filters by status and document together', () => {
    expect(ids(queueView(figures, filter({ status: 'open', documentId: 'doc-b' })).rows)).toEqual(['5']);
    expect(ids(queueView(figures, filter({ documentId: 'doc-a' })).rows)).toEqual(['1', '2']);
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
    const view = queueView([item('1', 'open'), item('3', 'open')], filter({ status: 'open' }));
    expect(keepPlace(view, '2', 1)).toBe('3');
    expect(keepPlace(view, '1', 0)).toBe('1');
    expect(keepPlace(view, '9', 5)).toBe('3');
  });

  describe('review', () => {
    const reviewed = [
      item('1', 'confirmed', 'doc-a', 'signed_off'),
      item('2', 'disputed', 'doc-a'),
      item('3', 'open'),
      item('4', 'confirmed', 'doc-b', 'sent_back'),
      item('5', 'dismissed', 'doc-b'),
      item('6', 'confirmed', 'doc-b'),
    ];

    it('filters by review state, an open figure having nothing to review', () => {
      expect(ids(queueView(reviewed, filter({ review: 'unreviewed' })).rows)).toEqual(['2', '6']);
      expect(ids(queueView(reviewed, filter({ review: 'signed_off' })).rows)).toEqual(['1']);
      expect(ids(queueView(reviewed, filter({ review: 'sent_back', documentId: 'doc-b' })).rows)).toEqual(['4']);
      expect(ids(queueView(reviewed, filter({ status: 'dismissed', review: 'unreviewed' })).rows)).toEqual(['5']);
    });

    it('counts what each review filter would show under the status and document filters', () => {
      expect(countReviews(reviewed, ALL_FIGURES)).toEqual({ all: 5, unreviewed: 2, signed_off: 1, sent_back: 1 });
      expect(countReviews(reviewed, filter({ documentId: 'doc-b', review: 'signed_off' }))).toEqual({ all: 2, unreviewed: 1, signed_off: 0, sent_back: 1 });
    });

    it('finds the next decision awaiting review, wrapping around', () => {
      const rows = queueView(reviewed, ALL_FIGURES).rows;
      expect(nextAwaitingReview(rows, 2)).toBe('6');
      expect(nextAwaitingReview(rows, 5)).toBe('2');
      expect(nextAwaitingReview(rows, 4, new Set(['6']))).toBe('2');
      expect(nextAwaitingReview(queueView(reviewed, filter({ review: 'signed_off' })).rows, 0)).toBeNull();
    });

    it('tells what a whole report’s review would take', () => {
      expect(awaitingReview(reviewed, 'doc-b')).toEqual({ total: 2, byStatus: { confirmed: 1, disputed: 0, dismissed: 1 } });
      expect(awaitingReview(reviewed, 'doc-c').total).toBe(0);
    });
  });
});

describe('the kind filter', () => {
  const figures = [
    { id: 'a', documentId: 'd', status: 'open' as const, review: 'unreviewed' as const, text: '超188亿元', unit: 'CNY' },
    { id: 'b', documentId: 'd', status: 'open' as const, review: 'unreviewed' as const, text: '三个', unit: '个' },
    { id: 'c', documentId: 'd', status: 'confirmed' as const, review: 'unreviewed' as const, text: '29591.48tCO2e', unit: 'tCO2e' },
    { id: 'e', documentId: 'd', status: 'open' as const, review: 'unreviewed' as const, text: '80%', unit: '%' },
  ];

  it('shows one kind of figure at a time, every kind by default', () => {
    const ids = (kind: QueueFilter['kind']) => queueView(figures, { ...ALL_FIGURES, kind }).rows.map((row) => row.id);
    expect(ids('all')).toEqual(['a', 'b', 'c', 'e']);
    expect(ids('money')).toEqual(['a']);
    expect(ids('count')).toEqual(['b']);
    expect(ids('physical')).toEqual(['c']);
    expect(ids('percentage')).toEqual(['e']);
  });

  it('combines with the status filter', () => {
    expect(queueView(figures, { ...ALL_FIGURES, kind: 'physical', status: 'open' }).rows).toEqual([]);
  });
});
