import { describe, expect, it } from 'vitest';
import { pointToOffset, selectedSpan, type NodeLike } from './selection-offsets';

// A source view as the DOM holds it: a container of runs, each with its document offset and one text node.
function sourceText(runs: { offset: number; text: string }[]) {
  const container: NodeLike = { nodeType: 1, parentElement: null, textContent: runs.map((r) => r.text).join(''), childNodes: [] };
  const elements = runs.map((run) => {
    const element: NodeLike = { nodeType: 1, parentElement: container, textContent: run.text, dataset: { offset: String(run.offset) } };
    const text: NodeLike = { nodeType: 3, parentElement: element, textContent: run.text };
    element.childNodes = [text];
    return { element, text };
  });
  container.childNodes = elements.map((e) => e.element);
  return { container, elements };
}

describe('mapping a selection in the source view to document offsets', () => {
  const { container, elements } = sourceText([
    { offset: 1000, text: 'Revenue reached ' },
    { offset: 1016, text: '188亿元' },
    { offset: 1021, text: ' in 2021.' },
  ]);

  it('maps a point in a run’s text to the run’s offset plus the point', () => {
    expect(pointToOffset(elements[0]!.text, 8)).toBe(1008);
    expect(pointToOffset(elements[1]!.text, 0)).toBe(1016);
    expect(pointToOffset(elements[1]!.text, 5)).toBe(1021);
  });

  it('maps points between elements', () => {
    expect(pointToOffset(elements[1]!.element, 0)).toBe(1016);
    expect(pointToOffset(elements[1]!.element, 1)).toBe(1021);
    expect(pointToOffset(container, 2)).toBe(1021);
    expect(pointToOffset(container, 3)).toBe(1030);
  });

  it('gives null for a point outside the source text', () => {
    const stray: NodeLike = { nodeType: 3, parentElement: { nodeType: 1, parentElement: null, textContent: 'x' }, textContent: 'x' };
    expect(pointToOffset(stray, 0)).toBeNull();
  });

  it('orders the ends of a backwards selection and trims whitespace', () => {
    const text = 'Revenue reached  188亿元 in 2021.';
    expect(selectedSpan(text, 23, 15)).toEqual({ start: 17, end: 22 });
    expect(text.slice(17, 22)).toBe('188亿元');
  });

  it('gives null when only whitespace or nothing is selected', () => {
    expect(selectedSpan('a   b', 1, 4)).toBeNull();
    expect(selectedSpan('abc', 2, 2)).toBeNull();
    expect(selectedSpan('abc', null, 2)).toBeNull();
  });
});
