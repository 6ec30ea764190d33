import { describe, expect, it } from 'vitest';
import { KEYMAP, keyLabel, resolveKey, type KeyPress } from './keymap';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('keymap', () => {
  it('resolves the review keys', () => {
    expect(resolveKey(press('j'), false)).toBe('figure.next');
    expect(resolveKey(press('ArrowDown'), false)).toBe('figure.next');
    expect(resolveKey(press('k'), false)).toBe('figure.previous');
    expect(resolveKey(press('c'), false)).toBe('verdict.confirm');
    expect(resolveKey(press('d'), false)).toBe('verdict.dispute');
    expect(resolveKey(press('x'), false)).toBe('verdict.dismiss');
    expect(resolveKey(press('?', { shiftKey: true }), false)).toBe('help.toggle');
  });

  it('needs Ctrl (or ⌘) for export, and a plain e corrects instead', () => {
    expect(resolveKey(press('e', { ctrlKey: true }), false)).toBe('trail.export');
    expect(resolveKey(press('E', { metaKey: true }), false)).toBe('trail.export');
    expect(resolveKey(press('e'), false)).toBe('figure.correct');
    expect(resolveKey(press('E', { ctrlKey: true, shiftKey: true }), false)).toBe('summary.export');
    expect(resolveKey(press('S', { ctrlKey: true, shiftKey: true }), false)).toBe('archive.export');
  });

  it('ignores letters while typing, except submitting and leaving the field', () => {
    expect(resolveKey(press('c'), true)).toBeNull();
    expect(resolveKey(press('j'), true)).toBeNull();
    expect(resolveKey(press('Enter', { ctrlKey: true }), true)).toBe('form.submit');
    expect(resolveKey(press('Escape'), true)).toBe('form.cancel');
  });

  it('ignores Alt chords and capital letters', () => {
    expect(resolveKey(press('c', { altKey: true }), false)).toBeNull();
    expect(resolveKey(press('C', { shiftKey: true }), false)).toBeNull();
  });

  it('resolves the reviewer keys, with Shift for a whole report', () => {
    expect(resolveKey(press('s'), false)).toBe('review.sign_off');
    expect(resolveKey(press('b'), false)).toBe('review.send_back');
    expect(resolveKey(press('S', { shiftKey: true }), false)).toBe('review.sign_off_document');
    expect(resolveKey(press('B', { shiftKey: true }), false)).toBe('review.send_back_document');
    expect(resolveKey(press('S', { shiftKey: true }), true)).toBeNull();
  });

  it('extends the selection with Shift and j/k or the arrows, selects all with * or Ctrl+A, and undoes with u or Ctrl+Z', () => {
    expect(resolveKey(press('J', { shiftKey: true }), false)).toBe('selection.extendDown');
    expect(resolveKey(press('ArrowDown', { shiftKey: true }), false)).toBe('selection.extendDown');
    expect(resolveKey(press('K', { shiftKey: true }), false)).toBe('selection.extendUp');
    expect(resolveKey(press('ArrowUp', { shiftKey: true }), false)).toBe('selection.extendUp');
    expect(resolveKey(press('*', { shiftKey: true }), false)).toBe('selection.all');
    expect(resolveKey(press('a', { ctrlKey: true }), false)).toBe('selection.all');
    expect(resolveKey(press('a'), false)).toBe('figure.add');
    expect(resolveKey(press('u'), false)).toBe('decision.undo');
    expect(resolveKey(press('z', { ctrlKey: true }), false)).toBe('decision.undo');
  });

  it('leaves select-all and undo to a text field while typing', () => {
    expect(resolveKey(press('a', { ctrlKey: true }), true)).toBeNull();
    expect(resolveKey(press('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('binds every key to one command only', () => {
    const keys = KEYMAP.flatMap((binding) => binding.keys.map((key) => key.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('prints keys as the UI shows them', () => {
    expect(keyLabel('c')).toBe('C');
    expect(keyLabel('ArrowDown')).toBe('↓');
    expect(keyLabel('Ctrl+E')).toBe('Ctrl+E');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('Shift+S')).toBe('Shift+S');
    expect(keyLabel('Shift+ArrowDown')).toBe('Shift+↓');
  });
});
