import { describe, expect, it } from 'vitest';
import { resolveKey, type KeyPress } from '../shortcuts/keymap';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('find and overview keys', () => {
  it('opens find with / or Ctrl+F (⌘F), and the overview with o', () => {
    expect(resolveKey(press('/'), false)).toBe('find.open');
    expect(resolveKey(press('f', { ctrlKey: true }), false)).toBe('find.open');
    expect(resolveKey(press('F', { metaKey: true }), false)).toBe('find.open');
    expect(resolveKey(press('o'), false)).toBe('overview.show');
  });

  it('leaves / and o to the text being typed', () => {
    expect(resolveKey(press('/'), true)).toBeNull();
    expect(resolveKey(press('o'), true)).toBeNull();
  });

  it('keeps ? (Shift+/) for the shortcuts', () => {
    expect(resolveKey(press('?', { shiftKey: true }), false)).toBe('help.toggle');
  });
});
