import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UiLanguage } from '../../shared/ipc/schemas';
import { MENU_LABELS } from './menu-labels';

/**
 * The application menu, in the UI's language (menu-labels.ts). Commands the renderer carries out
 * (import, export) reach it as `menu:command` events through `send`; the rest is Electron's roles.
 * Reload and DevTools are there in development only. The accelerators are the renderer's own
 * shortcuts, shown for discovery.
 *
 * Ctrl+Z and Ctrl+A are the app's own too (undo the last decision, select every figure) outside a
 * text field. A role item's accelerator is caught by Electron before the page sees the key, so on
 * Windows and Linux Edit's Undo and Select All show theirs without registering them: the key reaches
 * the page, where a text field undoes or selects its text (Chromium's editing keys) and the queue
 * runs its command. macOS routes key equivalents through the menu whatever we say, so there the
 * roles keep Cmd+Z and Cmd+A for text, and the app's commands are reached by their own items and
 * the queue's other keys (u, *).
 */
export function menuTemplate(options: {
  isMac: boolean;
  devTools: boolean;
  appName: string;
  language: UiLanguage;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { isMac, devTools, appName, send } = options;
  const l = MENU_LABELS[options.language];
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(id),
    // registerAccelerator false: the renderer handles the key itself, so one press runs one command.
    // macOS ignores it, and a key without Cmd/Ctrl/Alt there (U, O, Shift+/) would be taken from every text field.
    ...(accelerator && !(isMac && !/Cmd|Ctrl|Alt/.test(accelerator)) ? { accelerator, registerAccelerator: false } : {}),
  });
  /** A text-editing role whose key the page must see first (see above). */
  const pageFirst = (role: 'undo' | 'selectAll', label: string, accelerator: string): MenuItemConstructorOptions =>
    isMac ? { role, label } : { role, label, accelerator, registerAccelerator: false };
  const edit: MenuItemConstructorOptions[] = [
    pageFirst('undo', l.undo, 'CmdOrCtrl+Z'),
    { role: 'redo', label: l.redo },
    { type: 'separator' },
    { role: 'cut', label: l.cut },
    { role: 'copy', label: l.copy },
    { role: 'paste', label: l.paste },
    pageFirst('selectAll', l.selectAll, 'CmdOrCtrl+A'),
    { type: 'separator' },
    command(l.undoDecision, 'decision.undo', 'U'),
    command(l.selectAllFigures, 'selection.all'),
  ];
  const view: MenuItemConstructorOptions[] = [
    ...(devTools
      ? ([{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, { type: 'separator' }] as const)
      : []),
    command(l.find, 'find.open', 'CmdOrCtrl+F'),
    command(l.overview, 'overview.show', 'O'),
    command(l.trail, 'trail.show', 'T'),
    { type: 'separator' },
    { role: 'resetZoom', label: l.resetZoom },
    { role: 'zoomIn', label: l.zoomIn },
    { role: 'zoomOut', label: l.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: l.fullScreen },
  ];
  const window: MenuItemConstructorOptions[] = [
    { role: 'minimize', label: l.minimize },
    ...(isMac ? ([{ role: 'zoom', label: l.zoom }] as const) : []),
    { role: 'close', label: l.close },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: l.file,
      submenu: [
        command(l.newEngagement, 'engagement.new', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command(l.importReports, 'reports.import', 'CmdOrCtrl+O'),
        command(l.importEvidence, 'evidence.import'),
        command(l.importArchive, 'archive.import'),
        { type: 'separator' },
        command(l.exportTrail, 'trail.export', 'CmdOrCtrl+E'),
        command(l.exportSummary, 'summary.export', 'CmdOrCtrl+Shift+E'),
        command(l.exportArchive, 'archive.export', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    { label: l.edit, submenu: edit },
    { label: l.view, submenu: view },
    { label: l.window, role: 'windowMenu', submenu: window },
    {
      label: l.help,
      role: 'help',
      submenu: [command(l.shortcuts, 'help.toggle', 'Shift+/'), { label: l.about.replace('{app}', appName), role: 'about' }],
    },
  ];
}
