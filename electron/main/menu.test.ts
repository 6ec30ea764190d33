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
    expect(sent).toEqual(['reports.import', 'archive.import', 'trail.export', 'summary.export', 'archive.export', 'trail.show']);
  });
});
