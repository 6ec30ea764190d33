/**
 * Find's place in the app: each document's text index (built on first search, kept while the
 * document is open), the hit the source view shows, and the figure query the queue filters by.
 * A hit shown is forgotten as soon as the auditor selects another figure.
 */
import { create } from 'zustand';
import type { Span } from '../../../../shared/domain/figure';
import { findText, indexText, type FindResult, type TextIndex } from '../../../../shared/find/text-index';
import type { ReportDocument } from '../../db/records';
import { ALL_FIGURES } from '../queue/queue-view';
import { setSourceMode } from '../source-view/source-mode';
import { select, setFilter, useWorkspace } from '../../state/workspace';
import { figuresMatching, isEmptyQuery, type FigureQuery } from './figure-query';

export interface FindJump extends Span {
  documentId: string;
  /** The figure selected with the jump: selecting another clears the hit. */
  figureId: string | null;
}

interface FindState {
  query: string;
  jump: FindJump | null;
  figureQuery: FigureQuery;
}

export const useFind = create<FindState>(() => ({ query: '', jump: null, figureQuery: {} }));

const indexes = new Map<string, TextIndex>();

function indexOf(document: ReportDocument): TextIndex {
  let index = indexes.get(document.id);
  if (index?.text !== document.text) {
    index = indexText(document.id, document.text);
    indexes.set(document.id, index);
  }
  return index;
}

/** Search the open engagement's documents (in import order). */
export function searchDocuments(documents: readonly ReportDocument[], query: string): FindResult {
  // Another engagement's indexes are dropped: only the open one's documents are kept in memory.
  const open = new Set(documents.map((document) => document.id));
  for (const id of indexes.keys()) if (!open.has(id)) indexes.delete(id);
  return findText(documents.map(indexOf), query);
}

export const setFindQuery = (query: string) => useFind.setState({ query });

/** Show `hit` in the source view, selecting the document's figure nearest to it so the verdict panel follows. */
export function jumpTo(hit: Span & { documentId: string }): void {
  const { figures, documents } = useWorkspace.getState();
  let nearest: string | null = null;
  for (const figure of figures) {
    if (figure.documentId !== hit.documentId) continue;
    nearest ??= figure.id;
    if (figure.start > hit.start) break;
    nearest = figure.id;
  }
  const { filter } = useWorkspace.getState();
  if (filter.documentId !== null && filter.documentId !== hit.documentId) setFilter({ ...filter, documentId: hit.documentId });
  select(nearest);
  // A PDF's page shows figures' boxes only: a hit is shown in the report's text.
  if (documents.find((document) => document.id === hit.documentId)?.format === 'pdf') setSourceMode('text');
  useFind.setState({ jump: { documentId: hit.documentId, start: hit.start, end: hit.end, figureId: nearest } });
}

/** The hit to show for `documentId`, while the figure selected with it is still selected. */
export function activeJump(jump: FindJump | null, documentId: string, selectedId: string | null): FindJump | null {
  return jump && jump.documentId === documentId && jump.figureId === selectedId ? jump : null;
}

/** Limit the queue to the figures `query` keeps; an empty query lifts the limit. */
export function applyFigureQuery(query: FigureQuery): number {
  const { figures, documents, filter } = useWorkspace.getState();
  useFind.setState({ figureQuery: query });
  if (isEmptyQuery(query)) {
    const { figureIds: _lifted, ...rest } = filter;
    setFilter(rest);
    return figures.length;
  }
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const ids = figuresMatching(figures, query, (id) => texts.get(id));
  setFilter({ ...ALL_FIGURES, ...filter, figureIds: ids });
  return ids.size;
}
