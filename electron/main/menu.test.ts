import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS } from './menu-labels';
import { menuTemplate } from './menu';

type Options = Parameters<typeof menuTemplate>[0];
const build = (options: Partial<Options> = {}) =>
  menuTemplate({ isMac: false, devTools: false, appName: 'Tickmark', language: 'en', send: () => {}, ...options });

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const roles = (template: MenuItemConstructorOptions[]): string[] =>
  template.flatMap((item) => [item.role ?? '', ...submenu(item).map((sub) => sub.role ?? '')]);
const allItems = (template: MenuItemConstructorOptions[]) => template.flatMap((item) => [item, ...submenu(item)]);
const byLabel = (template: MenuItemConstructorOptions[], label: string) => allItems(template).find((item) => item.label === label);

describe('menuTemplate', () => {
  it('offers reload and DevTools only in development', () => {
    expect(roles(build())).not.toContain('reload');
    expect(roles(build())).not.toContain('toggleDevTools');
    expect(roles(build({ devTools: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the macOS app menu on macOS only', () => {
    expect(build({ isMac: true })[0]?.role).toBe('appMenu');
    expect(roles(build())).not.toContain('appMenu');
  });

  it('sends import and export to the renderer as menu commands', () => {
    const sent: string[] = [];
    const file = build({ send: (command) => sent.push(command) })[0]!;
    for (const item of submenu(file)) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['engagement.new', 'reports.import', 'evidence.import', 'archive.import', 'trail.export', 'summary.export', 'archive.export']);
  });

  it('gives every command that has a keyboard shortcut its accelerator, handled by the renderer alone', () => {
    const items = allItems(build()).filter((item) => item.click);
    const accelerators = Object.fromEntries(items.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator]));
    expect(accelerators).toMatchObject({
      '&New Engagement…': 'CmdOrCtrl+N',
      '&Import Reports…': 'CmdOrCtrl+O',
      '&Export Audit Trail…': 'CmdOrCtrl+E',
      'Export &Figures Summary…': 'CmdOrCtrl+Shift+E',
      'Export Engagement Ar&chive…': 'CmdOrCtrl+Shift+S',
      'Undo Last &Decision': 'U',
      'Show Audit &Trail': 'T',
      '&Keyboard Shortcuts': 'Shift+/',
    });
    expect(items.filter((item) => item.accelerator).every((item) => item.registerAccelerator === false)).toBe(true);
  });

  it('leaves Ctrl+Z and Ctrl+A to the page on Windows and Linux, so outside a text field they undo the last decision and select every figure', () => {
    const edit = submenu(build().find((item) => item.label === '&Edit'));
    const undo = edit.find((item) => item.role === 'undo');
    const selectAll = edit.find((item) => item.role === 'selectAll');
    // Shown with their keys, but not registered: a registered role accelerator takes the key before the page.
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(selectAll).toMatchObject({ accelerator: 'CmdOrCtrl+A', registerAccelerator: false });
    // No other Edit item claims the two keys, and no role item anywhere registers an accelerator of its own.
    const claimed = allItems(build()).filter((item) => item.registerAccelerator !== false && /^(CmdOrCtrl|Ctrl)\+[ZA]$/i.test(item.accelerator ?? ''));
    expect(claimed).toEqual([]);
    expect(allItems(build()).filter((item) => item.role && item.accelerator && item.registerAccelerator !== false)).toEqual([]);
  });

  it('reaches the app’s own undo and select-all from the Edit menu as menu commands', () => {
    const sent: string[] = [];
    const edit = submenu(build({ send: (command) => sent.push(command) }).find((item) => item.label === '&Edit'));
    for (const item of edit) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['decision.undo', 'selection.all']);
  });

  it('on macOS keeps Cmd+Z and Cmd+A for text and registers no key a text field needs', () => {
    const template = build({ isMac: true });
    const edit = submenu(template.find((item) => item.label === '&Edit'));
    expect(edit.find((item) => item.role === 'undo')).toEqual({ role: 'undo', label: '&Undo' });
    expect(edit.find((item) => item.role === 'selectAll')).toEqual({ role: 'selectAll', label: 'Select &All' });
    const bare = allItems(template).filter((item) => item.accelerator && !/Cmd|Ctrl|Alt/.test(item.accelerator));
    expect(bare).toEqual([]);
    expect(byLabel(template, '&Find…')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('imports evidence from the File menu, and puts the shortcuts and About under Help', () => {
    const template = build();
    expect(byLabel(template, 'Import E&vidence…')?.enabled).not.toBe(false);
    const help = submenu(template.find((item) => item.role === 'help'));
    expect(help.map((item) => item.label)).toEqual(['&Keyboard Shortcuts', '&About Tickmark']);
  });

  it('speaks Chinese when the UI does, with the same items, commands and accelerators', () => {
    const english = build();
    const chinese = build({ language: 'zh-CN' });
    expect(chinese.map((item) => item.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
    expect(byLabel(chinese, '导出审计轨迹(&E)…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel(chinese, '关于 Tickmark(&A)')?.role).toBe('about');
    const shape = (template: MenuItemConstructorOptions[]) =>
      allItems(template).map(({ role, accelerator, registerAccelerator, type, enabled }) => ({ role, accelerator, registerAccelerator, type, enabled }));
    expect(shape(chinese)).toEqual(shape(english));
  });

  it('labels every item in both languages, roles included (Electron’s own role labels are English only)', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const unlabelled = allItems(build({ language, devTools: true })).filter((item) => item.type !== 'separator' && item.role !== 'appMenu' && !item.label);
      expect(unlabelled, language).toEqual([]);
    }
    const chineseLabels = Object.values(MENU_LABELS['zh-CN']);
    expect(chineseLabels.filter((label) => !/[\u4e00-\u9fff]/.test(label))).toEqual([]);
  });
});
