import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/schemas';

/**
 * The application menu. Commands the renderer carries out (import, export) reach it as
 * `menu:command` events through `send`; the rest is Electron's roles. Reload and DevTools are there
 * in development only. The accelerators are the renderer's own shortcuts, shown for discovery.
 */
export function menuTemplate(options: {
  isMac: boolean;
  devTools: boolean;
  appName: string;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { isMac, devTools, appName, send } = options;
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(id),
    // registerAccelerator false: the renderer handles the key itself, so one press runs one command.
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const view: MenuItemConstructorOptions[] = [
    ...(devTools ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
    command('&Find…', 'find.open', 'CmdOrCtrl+F'),
    command('Engagement &Overview', 'overview.show', 'O'),
    command('Show Audit &Trail', 'trail.show', 'T'),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        command('&New Engagement…', 'engagement.new', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command('&Import Reports…', 'reports.import', 'CmdOrCtrl+O'),
        // Evidence workbooks have no import command yet: shown, so the menu's shape does not change when they do.
        { label: 'Import E&vidence…', enabled: false },
        command('Import Engagement &Archive…', 'archive.import'),
        { type: 'separator' },
        command('&Export Audit Trail…', 'trail.export', 'CmdOrCtrl+E'),
        command('Export &Figures Summary…', 'summary.export', 'CmdOrCtrl+Shift+E'),
        command('Export Engagement Ar&chive…', 'archive.export', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: '&View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [command('&Keyboard Shortcuts', 'help.toggle', 'Shift+/'), { label: `&About ${appName}`, role: 'about' }] },
  ];
}
