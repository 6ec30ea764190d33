import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

const roles = (template: ReturnType<typeof menuTemplate>): string[] =>
  template.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.role ?? '') : [])]);

describe('menuTemplate', () => {
  it('offers reload and DevTools only in development', () => {
    expect(roles(menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', send: () => {} }))).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', send: () => {} }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ isMac: false, devTools: true, appName: 'Tickmark', send: () => {} }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the macOS app menu on macOS only', () => {
    expect(menuTemplate({ isMac: true, devTools: false, appName: 'Tickmark', send: () => {} })[0]?.role).toBe('appMenu');
    expect(roles(menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', send: () => {} }))).not.toContain('appMenu');
  });

  it('sends import and export to the renderer as menu commands', () => {
    const sent: string[] = [];
    const file = menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', send: (command) => sent.push(command) })[0]!;
    const items = file.submenu as Array<{ label?: string; click?: () => void }>;
    for (const item of items) item.click?.();
    expect(sent).toEqual(['engagement.new', 'reports.import', 'archive.import', 'trail.export', 'summary.export', 'archive.export']);
  });

  it('gives every command that has a keyboard shortcut its accelerator, handled by the renderer alone', () => {
    const items = menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', send: () => {} }).flatMap((item) =>
      Array.isArray(item.submenu) ? item.submenu : [],
    );
    const accelerators = Object.fromEntries(items.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator]));
    expect(accelerators).toMatchObject({
      '&New Engagement…': 'CmdOrCtrl+N',
      '&Import Reports…': 'CmdOrCtrl+O',
      '&Export Audit Trail…': 'CmdOrCtrl+E',
      'Export &Figures Summary…': 'CmdOrCtrl+Shift+E',
      'Export Engagement Ar&chive…': 'CmdOrCtrl+Shift+S',
      'Show Audit &Trail': 'T',
      '&Keyboard Shortcuts': 'Shift+/',
    });
    expect(items.filter((item) => item.accelerator).every((item) => item.registerAccelerator === false)).toBe(true);
  });

  it('shows evidence import disabled until evidence can be imported, and puts the shortcuts and About under Help', () => {
    const template = menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', send: () => {} });
    const file = template[0]!.submenu as Array<{ label?: string; enabled?: boolean }>;
    expect(file.find((item) => item.label === 'Import E&vidence…')?.enabled).toBe(false);
    const help = template.find((item) => item.role === 'help')!.submenu as Array<{ label?: string; role?: string }>;
    expect(help.map((item) => item.label)).toEqual(['&Keyboard Shortcuts', '&About Tickmark']);
  });
});
