/**
 * Pure decisions about URLs, shared by main's guards and the Chromium shell's. An origin is compared
 * by scheme and host, not with `URL#origin`, which is "null" for non-special schemes such as `app:`.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is on `origin` (e.g. `app://tickmark`), port included. */
export function isOnOrigin(url: string, origin: string): boolean {
  const target = parse(url);
  const expected = parse(origin);
  if (!target || !expected) return false;
  // Node leaves the host of a non-special scheme (app:) as written; hosts compare case-insensitively.
  const sameHost = target.host.toLowerCase() === expected.host.toLowerCase();
  return target.protocol === expected.protocol && sameHost && target.username === '' && target.password === '';
}

/**
 * May the renderer's session load `url`? Only the app's own origin, plus `data:` and same-origin
 * `blob:` URLs (which never leave the process), and DevTools' own pages when DevTools are enabled.
 */
export function isRequestAllowed(url: string, origin: string, options: { devTools: boolean } = { devTools: false }): boolean {
  if (isOnOrigin(url, origin)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isOnOrigin(url.slice('blob:'.length), origin);
  if (options.devTools) return url.startsWith('devtools:');
  return false;
}

/** What an IPC sender looks like to the guard: the sending frame's URL and whether it is our window's main frame. */
export interface SenderInfo {
  url: string | undefined;
  isOurMainFrame: boolean;
}

/** Only our window's top frame, showing the app's origin, may call the backend. */
export function isTrustedSender(sender: SenderInfo | null, origin: string): boolean {
  return sender !== null && sender.isOurMainFrame && sender.url !== undefined && isOnOrigin(sender.url, origin);
}
