import type { Page } from '@playwright/test';
import type { Channel, RequestOf, ResponseOf, TickmarkApi } from '../../shared/ipc/contract';

/** `window` as the renderer sees it, for code passed to `page.evaluate`. */
export type AppWindow = Window & { tickmark: TickmarkApi };

/**
 * Call `window.tickmark.invoke` from inside the page, as the renderer does. A rejection comes back
 * as `{ rejected: message }` rather than throwing, so specs can assert on the message.
 */
export async function invokeFromPage<C extends Channel>(
  page: Page,
  channel: C | (string & {}),
  request: RequestOf<C> | unknown,
): Promise<{ value: ResponseOf<C> } | { rejected: string }> {
  return page.evaluate(
    async ([name, payload]) => {
      try {
        return { value: await (window as unknown as AppWindow).tickmark.invoke(name as never, payload as never) };
      } catch (error) {
        return { rejected: error instanceof Error ? error.message : String(error) };
      }
    },
    [channel, request] as const,
  ) as Promise<{ value: ResponseOf<C> } | { rejected: string }>;
}
