import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from '../../shared/security/app-origin';
import { isRequestAllowed } from '../../shared/security/request-policy';

/**
 * The session-wide guards: every request that is not to the app's origin is cancelled before it
 * leaves, and every permission (camera, notifications, clipboard-read, …) is refused.
 */
export function lockDownSession(session: Session, options: { devTools: boolean }): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, APP_ORIGIN, options);
    if (!allowed) console.warn(`[tickmark] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The window's guards: it never navigates away from the app, never opens another window, never attaches a webview. */
export function lockDownContents(contents: WebContents): void {
  // Main's own loadURL does not pass through these events, so refusing all of them refuses only the page's.
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    console.warn(`[tickmark] refused navigation to ${url}`);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[tickmark] refused to open a window for ${url}`);
    return { action: 'deny' };
  });
}
