import { create } from 'zustand';
import type { Span } from '../../../../shared/domain/figure';
import { MAX_FIGURE_CHARS, pointToOffset, selectedSpan, type NodeLike } from './selection-offsets';

/** Text the auditor selected in the source view: a figure the extractor may have missed. */
export interface SourceSelection extends Span {
  documentId: string;
  text: string;
}

export const useSourceSelection = create<{ selection: SourceSelection | null }>(() => ({ selection: null }));

export const SOURCE_TEXT_ID = 'source-text';

/** Follow the page's selection: keep the last one made inside the source text, drop it when it collapses there. */
export function trackSourceSelection(documentId: string, text: string): () => void {
  const onChange = () => {
    const container = document.getElementById(SOURCE_TEXT_ID);
    const selection = window.getSelection();
    if (!container || !selection || selection.rangeCount === 0) return;
    const { anchorNode, focusNode } = selection;
    if (!anchorNode || !focusNode || !container.contains(anchorNode) || !container.contains(focusNode)) return;
    const span = selection.isCollapsed
      ? null
      : selectedSpan(
          text,
          pointToOffset(anchorNode as unknown as NodeLike, selection.anchorOffset),
          pointToOffset(focusNode as unknown as NodeLike, selection.focusOffset),
        );
    useSourceSelection.setState({
      selection: span && span.end - span.start <= MAX_FIGURE_CHARS ? { ...span, documentId, text: text.slice(span.start, span.end) } : null,
    });
  };
  document.addEventListener('selectionchange', onChange);
  return () => {
    document.removeEventListener('selectionchange', onChange);
    useSourceSelection.setState({ selection: null });
  };
}
