import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { escapeControlCharacters } from '../../shared/text/control-characters';

/**
 * The Chromium shell's stand-in for a save dialog: every export is saved in one folder under its
 * suggested name, or `name (2).csv` and so on when that is taken (nothing asks before replacing a
 * file here, so nothing is replaced), and the path is told in the terminal, with any control
 * character in it escaped so a file name cannot drive the terminal.
 */
export function saveIntoFolder(
  folder: string,
  tell: (line: string) => void,
  exists: (path: string) => boolean = existsSync,
): (suggestedName: string) => Promise<string> {
  return async (suggestedName) => {
    const extension = extname(suggestedName);
    const stem = suggestedName.slice(0, suggestedName.length - extension.length);
    let path = join(folder, suggestedName);
    for (let copy = 2; exists(path); copy++) path = join(folder, `${stem} (${copy})${extension}`);
    tell(`Tickmark: saving ${escapeControlCharacters(suggestedName)} to ${escapeControlCharacters(path)}`);
    return path;
  };
}

/** `text` for the terminal, line by line. */
export const forTerminal = (text: string): string => text.split('\n').map(escapeControlCharacters).join('\n');
