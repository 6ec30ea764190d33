import { describe, expect, it } from 'vitest';
import { everyRow, extendedTo, NO_SELECTION, rangeOf, selectedInView, toggled } from './multi-select';
import { queueView, ALL_FIGURES, type QueueItem } from './queue-view';

const item = (id: string, status: QueueItem['status'] = 'open'): QueueItem => ({ id, documentId: 'd', status, review: 'unreviewed' });
const view = queueView([item('a'), item('b'), item('gone', 'dismissed'), item('c'), item('d')], ALL_FIGURES);
const ids = (set: ReadonlySet<string>) => [...set].sort();

describe('selecting many figures', () => {
  it('takes the rows between two figures in either order, skipping those the filters hide', () => {
    expect(ids(rangeOf(view, 'a', 'c'))).toEqual(['a', 'b', 'c']);
    expect(ids(rangeOf(view, 'd', 'b'))).toEqual(['b', 'c', 'd']);
    expect(ids(rangeOf(view, 'a', 'gone'))).toEqual([]);
  });

  it('extends from where the range began, so going back shrinks it', () => {
    const down = extendedTo(view, NO_SELECTION, 'b', 'c');
    expect(down.anchor).toBe('b');
    expect(ids(down.ids)).toEqual(['b', 'c']);
    const further = extendedTo(view, down, 'c', 'd');
    expect(ids(further.ids)).toEqual(['b', 'c', 'd']);
    const back = extendedTo(view, further, 'd', 'a');
    expect(ids(back.ids)).toEqual(['a', 'b']);
  });

  it('adds the cursor with a first Ctrl+click, and a second click on a row takes it out', () => {
    const first = toggled(NO_SELECTION, 'a', 'c');
    expect(ids(first.ids)).toEqual(['a', 'c']);
    expect(ids(toggled(first, 'c', 'a').ids)).toEqual(['c']);
  });

  it('selects every row the filters show, and acts on them in the queue’s order', () => {
    const all = everyRow(view);
    expect(ids(all.ids)).toEqual(['a', 'b', 'c', 'd']);
    const picked = { ids: new Set(['d', 'gone', 'a']), anchor: null };
    expect(selectedInView(view, picked).map((row) => row.id)).toEqual(['a', 'd']);
  });
});
