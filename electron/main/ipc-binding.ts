import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_REFUSALS } from '../../shared/ipc/call-refusals';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import type { Backend } from '../backend/start-backend';
import { APP_ORIGIN } from '../../shared/security/app-origin';
import { isTrustedSender } from '../../shared/security/request-policy';

/**
 * Bind every contract channel to the backend. A request is handled only when it comes from the
 * main frame of the app's window showing the app's origin; the dispatcher then validates the
 * payload. Errors reach the renderer as a rejected `invoke` carrying the message.
 */
export function bindIpc(ipcMain: IpcMain, backend: Backend, appWindow: () => BrowserWindow | null): () => void {
  const senderOf = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    if (!frame) return null;
    const window = appWindow();
    // The top frame (no parent) of our window's contents; not wrapper identity, which a navigation renews.
    const isOurMainFrame = window !== null && !window.isDestroyed() && event.sender === window.webContents && frame.parent === null;
    return { url: frame.url, isOurMainFrame };
  };

  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(senderOf(event), APP_ORIGIN)) {
        throw new Error(CALL_REFUSALS.notFromWindow.say(channel));
      }
      return backend.dispatch(channel, payload);
    });
  }
  return () => CHANNEL_NAMES.forEach((channel) => ipcMain.removeHandler(channel));
}
