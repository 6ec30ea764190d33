/**
 * The Chromium shell's twin of the preload: an init script that puts `window.tickmark` on the
 * page with the preload's shape, on top of one Playwright binding. The script is generated from
 * the contract's channel and event names, so the two shells cannot drift apart.
 *
 * Uint8Array payloads cross Playwright's bridge as Uint8Array (Playwright 1.65 serialises typed
 * arrays both ways); e2e/bridge.spec.ts pins that by checking an imported file's SHA-256.
 */

export interface PageBridgeConfig {
  /** The global the API is exposed under (`tickmark`). */
  apiGlobal: string;
  /** The Playwright binding; the script takes it off `window` so only the API can call it. */
  bindingName: string;
  /** The function Node calls through `page.evaluate` to push an event to the page's listeners. */
  emitName: string;
  channels: readonly string[];
  events: readonly string[];
}

type Listener = (payload: unknown) => void;

// Runs in the page, serialised with Function#toString: it may use only its argument and the page's globals.
function installTickmarkApi(config: PageBridgeConfig): void {
  const page = window as unknown as Record<string, unknown>;
  const call = page[config.bindingName] as ((channel: string, request: unknown) => Promise<unknown>) | undefined;
  if (typeof call !== 'function' || Object.hasOwn(page, config.apiGlobal)) return;
  delete page[config.bindingName];

  const channels = new Set(config.channels);
  const events = new Set(config.events);
  const listeners = new Map<string, Set<Listener>>();

  Object.defineProperty(window, config.emitName, {
    value: (event: string, payload: unknown) => {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          listener(payload);
        } catch (error) {
          reportError(error);
        }
      }
    },
  });

  const api = Object.freeze({
    invoke: (channel: string, request: unknown): Promise<unknown> =>
      channels.has(channel) ? call(channel, request) : Promise.reject(new Error(`Unknown IPC channel ${JSON.stringify(channel)}`)),
    on: (event: string, listener: Listener): (() => void) => {
      if (!events.has(event)) throw new Error(`Unknown event ${JSON.stringify(event)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      // Wrapped, as the preload does, so a listener subscribed twice needs unsubscribing twice.
      const forward: Listener = (payload) => listener(payload);
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(forward);
      return () => {
        listeners.get(event)?.delete(forward);
      };
    },
  });
  Object.defineProperty(window, config.apiGlobal, { value: api, enumerable: true });
}

/** The init script's source. `__name` is defined because tsx (esbuild keepNames) wraps named functions in calls to it. */
export function pageBridgeScript(config: PageBridgeConfig): string {
  return `(() => { const __name = (fn) => fn; (${installTickmarkApi.toString()})(${JSON.stringify(config)}); })();`;
}
