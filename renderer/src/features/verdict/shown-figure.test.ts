import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFigures } from '../../../../shared/extraction/index';
import { useWorkspace, type QueueFigure } from '../../state/workspace';
import { HOLD_LIMIT_MS, heldFigureId, holdPanelsOn, selectShownFigure } from './shown-figure';

// Two real figures, as the importer extracts them.
const [first, second] = extractFigures('We planted 122 million trees and helped 330 charities.').map(
  (extracted, i): QueueFigure => ({ ...extracted, id: `f${i + 1}`, engagementId: 'E', documentId: 'D', origin: 'extracted', status: 'open', review: 'unreviewed' }),
);

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', new EventTarget());
});

afterEach(() => {
  window.dispatchEvent(new Event('keydown'));
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('panels held on a figure while its change is saved', () => {
  it('show the decided figure while its save is in flight, and the selected one once it ended', () => {
    useWorkspace.setState({ figures: [first!, second!], selectedId: 'f2' });
    const end = holdPanelsOn('f1');
    expect(selectShownFigure(useWorkspace.getState(), heldFigureId())?.id).toBe('f1');
    end();
    expect(heldFigureId()).toBeNull();
    expect(selectShownFigure(useWorkspace.getState(), heldFigureId())?.id).toBe('f2');
  });

  it('follow the selection only when every save holding them has ended', () => {
    const first = holdPanelsOn('f1');
    const second = holdPanelsOn('f2');
    first();
    expect(heldFigureId()).toBe('f2');
    second();
    expect(heldFigureId()).toBeNull();
  });

  it(`follow the selection after ${HOLD_LIMIT_MS} ms even if the save has not ended`, () => {
    holdPanelsOn('f1');
    vi.advanceTimersByTime(HOLD_LIMIT_MS - 1);
    expect(heldFigureId()).toBe('f1');
    vi.advanceTimersByTime(1);
    expect(heldFigureId()).toBeNull();
  });

  it.each(['keydown', 'pointerdown'])('follow the selection at the next %s, and a hold ended late leaves a newer one alone', (type) => {
    const late = holdPanelsOn('f1');
    window.dispatchEvent(new Event(type));
    expect(heldFigureId()).toBeNull();
    const newer = holdPanelsOn('f2');
    late();
    expect(heldFigureId()).toBe('f2');
    newer();
    expect(heldFigureId()).toBeNull();
  });
});
