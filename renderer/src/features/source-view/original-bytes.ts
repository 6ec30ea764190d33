import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { errorText } from '../../i18n/error-text';

/** Originals can be large (up to 200 MB): only the few most recently shown stay in memory. */
const KEEP_ORIGINALS = 3;
const cache = new Map<string, Promise<Uint8Array | null>>();

/** The bytes a document was imported from, read once from IndexedDB; null when none were stored. */
export function loadOriginal(documentId: string): Promise<Uint8Array | null> {
  let loading = cache.get(documentId);
  if (loading) {
    cache.delete(documentId);
  } else {
    loading = db.originals.get(documentId).then((original) => original?.bytes ?? null);
    loading.catch(() => cache.delete(documentId));
  }
  cache.set(documentId, loading);
  for (const id of cache.keys()) {
    if (cache.size <= KEEP_ORIGINALS) break;
    cache.delete(id);
  }
  return loading;
}

export type OriginalState =
  | { status: 'loading' }
  | { status: 'loaded'; bytes: Uint8Array }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

const LOADING: OriginalState = { status: 'loading' };

/** The document's original bytes (none asked for when `documentId` is null); the same Uint8Array on every render once loaded. */
export function useOriginalBytes(documentId: string | null): OriginalState {
  const [state, setState] = useState<{ documentId: string | null; original: OriginalState }>({ documentId, original: LOADING });
  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    loadOriginal(documentId).then(
      (bytes) => current && setState({ documentId, original: bytes ? { status: 'loaded', bytes } : { status: 'missing' } }),
      (error: unknown) =>
        current && setState({ documentId, original: { status: 'failed', message: errorText(error) } }),
    );
    return () => {
      current = false;
    };
  }, [documentId]);
  return state.documentId === documentId ? state.original : LOADING;
}
