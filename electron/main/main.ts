import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session } from 'electron';
import { pickLanguage } from '../../shared/i18n/ui-language';
import type { UiLanguage } from '../../shared/ipc/schemas';
import { APP_ENTRY_URL } from '../../shared/security/app-origin';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { safeStorageProtector } from '../backend/secrets';
import { startBackend, type Backend } from '../backend/start-backend';
import { bindIpc } from './ipc-binding';
import { menuTemplate } from './menu';
import { createChooseSavePath } from './save-dialog';
import { lockDownContents, lockDownSession } from './security';
import { MIN_SIZE, WINDOW_STATE_FILE, restoreWindowState, windowStateToSave } from './window-state';

// Bundled to dist/electron/main.js; the preload sits beside it and the renderer build in dist/renderer.
const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, 'preload.cjs');
const RENDERER_DIR = join(here, '..', 'renderer');
const DEV_TOOLS = !app.isPackaged;
// The window's icon on Linux (macOS and Windows take the installer's, made from build/icon.png).
const ICON = join(app.getAppPath(), 'assets', 'icon.png');

function readWindowState(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

// Before anything touches the profile: tests give every app its own, and the single-instance lock is per profile.
if (process.env.TICKMARK_USER_DATA_DIR) app.setPath('userData', process.env.TICKMARK_USER_DATA_DIR);
registerAppScheme(protocol);
app.enableSandbox(); // every renderer, including any we did not create ourselves

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function createWindow(): BrowserWindow {
  const statePath = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const restored = restoreWindowState(
    readWindowState(statePath),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Tickmark',
    icon: ICON,
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // No middle-click: it would ask for a new window for a link (refused anyway by lockDownContents).
      disableBlinkFeatures: 'Auxclick',
      devTools: DEV_TOOLS,
    },
  });
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      writeFileSync(statePath, windowStateToSave(window.getNormalBounds(), window.isMaximized()));
    } catch {
      // Not remembering the window's place is no reason to keep the auditor from closing it.
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** The native menu in `language`; built at start in the OS's, again whenever the renderer reports its own. */
function setMenu(language: UiLanguage): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isMac: process.platform === 'darwin',
        devTools: DEV_TOOLS,
        appName: 'Tickmark',
        language,
        send: (command) => mainWindow?.webContents.send('menu:command', { command }),
      }),
    ),
  );
}

async function start(): Promise<void> {
  await app.whenReady();
  app.setAboutPanelOptions({ applicationName: 'Tickmark', applicationVersion: app.getVersion() });
  let menuLanguage = pickLanguage(null, app.getPreferredSystemLanguages());
  setMenu(menuLanguage);
  lockDownSession(session.defaultSession, { devTools: DEV_TOOLS });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  handleAppProtocol(protocol, RENDERER_DIR);

  backend = startBackend({
    appInfo: { version: app.getVersion(), shell: 'electron' },
    dataDir: app.getPath('userData'),
    secrets: safeStorageProtector(safeStorage),
    dialogConfirmsOverwrite: true,
    // The e2e save-dialog hook (TICKMARK_E2E_SAVE_DIR) exists in development builds only.
    chooseSavePath: createChooseSavePath({ dialog, window: () => mainWindow, defaultDir: app.getPath('downloads'), env: app.isPackaged ? {} : process.env }),
    emit: (event, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
    },
    onLanguage: (language) => {
      if (language === menuLanguage) return;
      menuLanguage = language;
      setMenu(language);
    },
  });
  bindIpc(ipcMain, backend, () => mainWindow);
  mainWindow = createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || !backend) return;
    closing = true;
    event.preventDefault();
    void backend.close().finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Tickmark could not start', error instanceof Error ? (error.stack ?? error.message) : String(error));
    app.exit(1);
  });
}
