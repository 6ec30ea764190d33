import { describe, expect, it } from 'vitest';
import { canOpenPages, rememberPassword, sessionPassword, useSessionPasswords } from './session-passwords';

describe('passwords of protected PDFs, for the session', () => {
  it('opens a report that needs no password at once, and a protected one only once its password was typed', () => {
    const plain = { id: 'plain' };
    const locked = { id: 'locked', passwordProtected: true as const };
    expect(canOpenPages(plain, useSessionPasswords.getState().passwords)).toBe(true);
    expect(canOpenPages(locked, useSessionPasswords.getState().passwords)).toBe(false);
    expect(sessionPassword('locked')).toBeUndefined();

    rememberPassword('locked', 'audit');
    expect(canOpenPages(locked, useSessionPasswords.getState().passwords)).toBe(true);
    expect(sessionPassword('locked')).toBe('audit');
  });
});
