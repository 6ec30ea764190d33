import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

const roles = (template: ReturnType<typeof menuTemplate>): string[] =>
  template.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.role ?? '') : [])]);

describe('menuTemplate', () => {
  it('offers reload and DevTools only in development', () => {
    expect(roles(menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark' }))).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark' }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ isMac: false, devTools: true, appName: 'Tickmark' }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the macOS app menu on macOS only', () => {
    expect(menuTemplate({ isMac: true, devTools: false, appName: 'Tickmark' })[0]?.role).toBe('appMenu');
    expect(roles(menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark' }))).not.toContain('appMenu');
  });
});
