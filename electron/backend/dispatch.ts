import { z } from 'zod';
import { CALL_REFUSALS } from '../../shared/ipc/call-refusals';
import { channels, isChannel, type Handlers } from '../../shared/ipc/contract';

/** A request the Node side refuses to handle: an unknown channel or a payload off the contract. */
export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

/**
 * The single entry point for every message from the renderer, used by Electron's IPC binding and
 * by the Chromium shell's bridge alike: unknown channels and invalid payloads never reach a handler.
 */
export function createDispatcher(handlers: Handlers) {
  return async function dispatch(channel: unknown, payload: unknown): Promise<unknown> {
    if (!isChannel(channel)) throw new IpcRejection(CALL_REFUSALS.unknownChannel.say(channel));
    const parsed = channels[channel].request.safeParse(payload);
    if (!parsed.success) {
      throw new IpcRejection(CALL_REFUSALS.invalidRequest.say(channel, z.prettifyError(parsed.error)));
    }
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return handler(parsed.data);
  };
}
