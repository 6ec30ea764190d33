import { describe, expect, it } from 'vitest';
import { transition } from './verdict';

describe('verdict transitions', () => {
  it('confirms an open figure', () => {
    expect(transition('open', { kind: 'confirm' })).toEqual({ ok: true, to: 'confirmed' });
  });

  it('requires a note to dispute', () => {
    expect(transition('open', { kind: 'dispute', note: '  ' })).toMatchObject({ ok: false });
    expect(transition('open', { kind: 'dispute', note: 'table says 389 million' })).toEqual({ ok: true, to: 'disputed' });
  });

  it('requires a reason to dismiss a figure as not a figure, and only an open one', () => {
    expect(transition('open', { kind: 'dismiss', note: '' })).toMatchObject({ ok: false });
    expect(transition('open', { kind: 'dismiss', note: 'a year' })).toEqual({ ok: true, to: 'dismissed' });
    expect(transition('confirmed', { kind: 'dismiss', note: 'a year' })).toMatchObject({ ok: false });
  });

  it('reopens any decided figure but not an open one', () => {
    for (const from of ['confirmed', 'disputed', 'dismissed'] as const) {
      expect(transition(from, { kind: 'reopen' })).toEqual({ ok: true, to: 'open' });
    }
    expect(transition('open', { kind: 'reopen' })).toMatchObject({ ok: false });
  });

  it('refuses to confirm a confirmed figure again', () => {
    expect(transition('confirmed', { kind: 'confirm' })).toEqual({
      ok: false,
      reason: 'A confirmed figure cannot be confirmed again.',
      refusal: { code: 'not-from', from: 'confirmed', to: 'confirmed' },
    });
  });
});
