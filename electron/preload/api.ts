import type { TickmarkApi } from '../../shared/ipc/contract';
import { CALL_REFUSALS } from '../../shared/ipc/call-refusals';
import { isChannel, isEventName } from '../../shared/ipc/names';

/** The part of `ipcRenderer` the API uses, so it can be tested without Electron. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * `window.tickmark`: exactly the contract's two functions. Names off the contract are refused here
 * already, and a listener receives only the payload, never Electron's event object (which would
 * hand the page `sender`, i.e. ipcRenderer itself).
 */
export function createTickmarkApi(ipc: RendererIpc): TickmarkApi {
  const invoke = (channel: unknown, request: unknown): Promise<unknown> =>
    isChannel(channel) ? ipc.invoke(channel, request) : Promise.reject(new Error(CALL_REFUSALS.unknownChannel.say(channel)));
  return {
    invoke: invoke as TickmarkApi['invoke'],
    on: (event, listener) => {
      if (!isEventName(event)) throw new Error(`Unknown event ${JSON.stringify(event)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const forward = (_event: unknown, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    },
  };
}
