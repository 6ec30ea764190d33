import { selectQueueView, useWorkspace } from '../../state/workspace';
import { preparePage } from '../pdf-page';
import { neighbourPages } from './neighbour-pages';
import { loadOriginal } from './original-bytes';

/**
 * Prepare the pages of the figures beside `figureId` in the queue (see `preparePage`), one after
 * the other, so that `j` and `k` land on a page that is ready, in this report or the next. Best
 * effort: a page that cannot be prepared is simply painted from scratch when asked for.
 */
export async function prepareNeighbourPages(figureId: string): Promise<void> {
  const state = useWorkspace.getState();
  const view = selectQueueView(state);
  const index = view.indexOf.get(figureId);
  if (index === undefined) return;
  const documents = new Map(state.documents.map((document) => [document.id, document]));
  for (const { documentId, page } of neighbourPages(view.rows, index, (id) => documents.get(id))) {
    try {
      const bytes = await loadOriginal(documentId);
      if (bytes) await preparePage(documentId, bytes, documents.get(documentId)?.password, page);
    } catch {
      // Not needed now: the page is painted from scratch if the auditor goes there.
    }
  }
}
