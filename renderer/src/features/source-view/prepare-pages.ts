import { useEffect } from 'react';
import { MAX_OPEN_DOCUMENTS, preparePage, releaseDocumentsExcept } from '../pdf-page';
import { selectQueueView, useWorkspace } from '../../state/workspace';
import { canOpenPages, useSessionPasswords } from '../import/session-passwords';
import { firstPages, neighbourPages, type PageRef } from './pages-to-prepare';
import { loadOriginal } from './original-bytes';

/**
 * Prepare `pages` one after the other (see `preparePage`), until `signal` aborts. Best effort: a
 * page that cannot be prepared is simply painted from scratch when asked for. A protected report
 * whose password was not typed this session is left alone: opening it would only fail.
 */
async function preparePages(pages: readonly PageRef[], signal?: AbortSignal): Promise<void> {
  for (const { documentId, page } of pages) {
    if (signal?.aborted) return;
    try {
      const document = useWorkspace.getState().documents.find((candidate) => candidate.id === documentId);
      const { passwords } = useSessionPasswords.getState();
      if (document && canOpenPages(document, passwords)) await preparePage(documentId, () => loadOriginal(documentId), passwords.get(documentId), page);
    } catch {
      // Not needed now: the page is painted from scratch if the auditor goes there.
    }
  }
}

/**
 * Prepare the pages of the figures beside `figureId` in the queue, so that `j` and `k` land on a
 * page that is ready, in this report or the next.
 */
export async function prepareNeighbourPages(figureId: string): Promise<void> {
  const state = useWorkspace.getState();
  const view = selectQueueView(state);
  const index = view.indexOf.get(figureId);
  if (index === undefined) return;
  const documents = new Map(state.documents.map((document) => [document.id, document]));
  await preparePages(neighbourPages(view.rows, index, (id) => documents.get(id)));
}

/**
 * One slot of the document cache stays free for a report beyond the ones prepared. An open
 * document holds a copy of the report's bytes, so large reports are opened when shown instead.
 */
const PREPARE_BUDGET = { reports: MAX_OPEN_DOCUMENTS - 1, bytes: 100 * 1024 * 1024 };

/**
 * While an engagement is open, prepare the page each of its PDF reports opens on, newest report
 * first, so that a report's first page is quick to show after its import or from the Document
 * filter (a CJK report's first page is otherwise the slowest to paint); a protected report once
 * its password was typed. Documents of an engagement no longer open are closed.
 */
export function usePreparedFirstPages(): void {
  const documents = useWorkspace((state) => state.documents);
  const passwords = useSessionPasswords((state) => state.passwords);
  useEffect(() => {
    releaseDocumentsExcept(new Set(documents.map((document) => document.id)));
    const controller = new AbortController();
    const openable = documents.filter((document) => canOpenPages(document, passwords));
    const pages = firstPages(openable, useWorkspace.getState().figures, PREPARE_BUDGET);
    void preparePages(pages, controller.signal);
    return () => controller.abort();
  }, [documents, passwords]);
}
