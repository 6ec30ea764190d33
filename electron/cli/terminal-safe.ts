import { escapeControlCharacters, hasControlCharacters } from '../../shared/text/control-characters';
import type { CliIo } from './io';

/**
 * `io` with every control character escaped before it reaches the terminal: a file name, a reason or
 * a figure's text can carry ESC sequences or bidi overrides that would rewrite the screen. Line
 * breaks between lines are kept; one inside a line cannot be told from them, so writers put each
 * name or message on a line of its own.
 */
export function terminalSafe(io: CliIo): CliIo {
  const safe = (text: string) => text.split('\n').map(escapeControlCharacters).join('\n');
  return { out: (text) => io.out(safe(text)), err: (text) => io.err(safe(text)) };
}

/**
 * `value` as one line of JSON that `terminalSafe` leaves unchanged: JSON.stringify escapes C0 controls
 * but writes DEL, C1 controls and bidi overrides as they are, so those become `\uXXXX` escapes,
 * which JSON reads back as the same characters.
 */
export function terminalSafeJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Nearly every line has none, which one test tells: only a line with some is gone through character by character.
  if (!hasControlCharacters(json)) return json;
  return json.replace(/[^\x20-\x7e]/g, (character) =>
    hasControlCharacters(character) ? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}` : character,
  );
}
