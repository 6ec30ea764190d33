import type { Span } from '../../../../shared/domain/figure';

/**
 * Mapping a DOM selection in the source view back to document offsets. The view renders each run
 * of text as one element with `data-offset` (its first character's offset in the document) and a
 * single text node, so a point in a text node is that offset plus the point's offset.
 */

/** The parts of a DOM node this mapping reads; real Nodes have them, tests pass plain objects. */
export interface NodeLike {
  nodeType: number;
  parentElement: NodeLike | null;
  childNodes?: ArrayLike<NodeLike>;
  textContent: string | null;
  dataset?: Record<string, string | undefined>;
}

const TEXT_NODE = 3;

const segmentStart = (node: NodeLike | null | undefined): number | null => {
  const offset = node?.dataset?.offset;
  return offset === undefined ? null : Number(offset);
};

/** The document offset of the DOM point (`node`, `offset`), or null when it is not in the source text. */
export function pointToOffset(node: NodeLike, offset: number): number | null {
  if (node.nodeType === TEXT_NODE) {
    const start = segmentStart(node.parentElement);
    return start === null ? null : start + offset;
  }
  const ownStart = segmentStart(node);
  if (ownStart !== null) return offset === 0 ? ownStart : ownStart + (node.textContent ?? '').length;
  // A point between the container's children: the start of the child after it, or the end of the last.
  const children = node.childNodes;
  if (!children || children.length === 0) return null;
  const after = children[offset];
  if (after) return segmentStart(after);
  const last = children[children.length - 1]!;
  const lastStart = segmentStart(last);
  return lastStart === null ? null : lastStart + (last.textContent ?? '').length;
}

/**
 * The span two selection ends cover, in either order, without surrounding whitespace; null when
 * they are outside the text or enclose nothing but whitespace.
 */
export function selectedSpan(text: string, anchor: number | null, focus: number | null): Span | null {
  if (anchor === null || focus === null) return null;
  let start = Math.max(0, Math.min(anchor, focus));
  let end = Math.min(text.length, Math.max(anchor, focus));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The largest selection offered as a figure: a figure is a number with its words, not a paragraph. */
export const MAX_FIGURE_CHARS = 200;
