import { describe, expect, it } from 'vitest';
import { forTerminal, saveIntoFolder } from './save-folder';

describe('saveIntoFolder', () => {
  it('saves under the suggested name in the folder and says where', async () => {
    const told: string[] = [];
    await expect(saveIntoFolder('/home/a/Downloads', (line) => told.push(line), () => false)('trail.csv')).resolves.toBe('/home/a/Downloads/trail.csv');
    expect(told).toEqual(['Tickmark: saving trail.csv to /home/a/Downloads/trail.csv']);
  });

  it('never picks a file that is already there: the next free "name (n)"', async () => {
    const taken = new Set(['/d/trail.csv', '/d/trail (2).csv']);
    await expect(saveIntoFolder('/d', () => {}, (path) => taken.has(path))('trail.csv')).resolves.toBe('/d/trail (3).csv');
  });

  it('tells a name with terminal escapes escaped, never raw', async () => {
    const told: string[] = [];
    const path = await saveIntoFolder('/d', (line) => told.push(line), () => false)('\u001b]0;pwned\u0007trail\u202e.csv');
    expect(path).toBe('/d/\u001b]0;pwned\u0007trail\u202e.csv');
    expect(told[0]).toBe('Tickmark: saving \\x1b]0;pwned\\x07trail\\u202e.csv to /d/\\x1b]0;pwned\\x07trail\\u202e.csv');
  });
});

describe('forTerminal', () => {
  it('keeps the lines of a message and escapes what is in them', () => {
    expect(forTerminal('No renderer build at /tmp/\u001b[2Jx:\nrun npm run build')).toBe('No renderer build at /tmp/\\x1b[2Jx:\nrun npm run build');
  });
});
