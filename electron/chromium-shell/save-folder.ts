import { join } from 'node:path';
import { escapeControlCharacters } from '../../shared/text/control-characters';

/**
 * The Chromium shell's stand-in for a save dialog: every export is saved under its suggested name
 * in one folder, and the path is told in the terminal, with any control character in it escaped
 * so a file name cannot drive the terminal.
 */
export function saveIntoFolder(folder: string, tell: (line: string) => void): (suggestedName: string) => Promise<string> {
  return async (suggestedName) => {
    const path = join(folder, suggestedName);
    tell(`Tickmark: saving ${escapeControlCharacters(suggestedName)} to ${escapeControlCharacters(path)}`);
    return path;
  };
}

/** `text` for the terminal, line by line. */
export const forTerminal = (text: string): string => text.split('\n').map(escapeControlCharacters).join('\n');
