import { API_GLOBAL, type TickmarkApi } from '../../../shared/ipc/contract';

/** The page was opened outside Tickmark: no Node side put its API on `window` (errorText says it in the UI's language). */
export class BackendMissing extends Error {
  override name = 'BackendMissing';
  constructor() {
    super('Tickmark’s backend is not available: open the app through Tickmark, not a web browser.');
  }
}

/**
 * The renderer's only way to the Node side: the API the preload (or the Chromium shell) put on
 * `window`. Opened in a plain browser there is none, and saying so beats failing later.
 */
export function tickmark(): TickmarkApi {
  const api = (window as unknown as Partial<Record<string, TickmarkApi>>)[API_GLOBAL];
  if (!api) throw new BackendMissing();
  return api;
}
