import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Import and export live in the window itself: the contract has no event yet
 * for a menu command to reach the renderer, so the menu holds only what Electron's roles do alone.
 * Reload and DevTools are there in development only.
 */
export function menuTemplate(options: { isMac: boolean; devTools: boolean; appName: string }): MenuItemConstructorOptions[] {
  const { isMac, devTools, appName } = options;
  const view: MenuItemConstructorOptions[] = [
    ...(devTools ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: '&View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${appName}`, role: 'about' }] },
  ];
}
