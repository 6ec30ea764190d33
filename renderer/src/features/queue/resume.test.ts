import { describe, expect, it } from 'vitest';
import { ALL_FIGURES, type QueueItem } from './queue-view';
import { rememberPlace, resumePlace, type PlaceStorage } from './resume';

const memory = (): PlaceStorage & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
};

const figures: QueueItem[] = [
  { id: 'f1', documentId: 'd1', status: 'confirmed', review: 'unreviewed', unit: '%', text: '8%' },
  { id: 'f2', documentId: 'd1', status: 'open', review: 'unreviewed', unit: 'tCO2e', text: '4,300 tCO2e' },
  { id: 'f3', documentId: 'd2', status: 'open', review: 'unreviewed', unit: '', text: '三个' },
];
const documents = new Set(['d1', 'd2']);

describe('reopening where the auditor left off', () => {
  it('gives back the filter and the figure saved for that engagement, not another’s', () => {
    const storage = memory();
    const place = { filter: { status: 'open' as const, review: 'all' as const, documentId: 'd2', kind: 'count' as const }, selectedId: 'f3' };
    rememberPlace(storage, 'e1', place);
    expect(resumePlace(storage, 'e1', figures, documents)).toEqual(place);
    expect(resumePlace(storage, 'e2', figures, documents)).toEqual({ filter: ALL_FIGURES, selectedId: 'f1' });
  });

  it('drops a document that is gone and a figure the filter no longer shows', () => {
    const storage = memory();
    rememberPlace(storage, 'e1', { filter: { status: 'open', review: 'all', documentId: 'removed', kind: 'all' }, selectedId: 'f1' });
    expect(resumePlace(storage, 'e1', figures, documents)).toEqual({ filter: { ...ALL_FIGURES, status: 'open' }, selectedId: 'f2' });
  });

  it('starts from the top when what was saved is not a place', () => {
    const storage = memory();
    storage.setItem('tickmark:queue-place:e1', '{"filter":{"status":"maybe","kind":7},"selectedId":42');
    expect(resumePlace(storage, 'e1', figures, documents)).toEqual({ filter: ALL_FIGURES, selectedId: 'f1' });
    storage.setItem('tickmark:queue-place:e1', '{"filter":{"status":"maybe","kind":7},"selectedId":42}');
    expect(resumePlace(storage, 'e1', figures, documents)).toEqual({ filter: ALL_FIGURES, selectedId: 'f1' });
    expect(resumePlace(null, 'e1', [], documents)).toEqual({ filter: ALL_FIGURES, selectedId: null });
  });
});
