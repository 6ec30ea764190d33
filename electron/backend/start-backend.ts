import { createDispatcher } from './dispatch';
import { createHandlers, type HandlerDeps } from './handlers';
import { createImporter } from './importer';

/**
 * The Node side as both shells run it: one importer, the contract's handlers and the validating
 * dispatcher. Electron's main and the Chromium shell differ only in the dependencies they pass.
 */
export interface Backend {
  /** Validate and handle one request from the renderer; rejects with a readable message. */
  dispatch(channel: unknown, payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export function startBackend(deps: Omit<HandlerDeps, 'importer'>): Backend {
  const importer = createImporter();
  const dispatch = createDispatcher(createHandlers({ ...deps, importer }));
  return { dispatch, close: () => importer.close() };
}
