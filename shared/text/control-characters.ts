// Text from a report or a file name can carry characters that act instead of showing: ESC starts a
// terminal escape sequence (colours, cursor moves, a rewritten title bar), C1 controls are their
// 8-bit twins, and bidi overrides reorder what follows so a name reads other than it is
// ("Trojan Source", CVE-2021-42574). Wherever such text is shown, these make it visible instead.

/**
 * The characters that act rather than show: C0 controls (U+0000–U+001F, tab, line feed and carriage
 * return included), DEL, C1 controls (U+0080–U+009F), and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). The directional marks (U+200E, U+200F, U+061C) are left alone:
 * they shift no more than the one neutral character beside them.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visibleEscape(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` for a one-line display (a terminal, a table cell, a title): every control character
 * becomes a visible escape — `\x1b`, `\u202e` — and tab, line feed and carriage return become `\t`,
 * `\n`, `\r`, so one name stays on one line. Callers that show several lines split them first.
 * A backslash is left as it is (Windows paths), so the escape is for eyes, not to be parsed back.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, visibleEscape);
}

/** Whether `name` holds any character `escapeControlCharacters` would escape, tab and line breaks included. */
export function hasControlCharacters(name: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0;
  return CONTROL_CHARACTERS.test(name);
}

/** C0 controls but tab, line feed and carriage return; DEL; C1; the bidi controls. */
const ACTING_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const CONTROL_PICTURES = 0x2400; // ␀ … ␟, then ␡ for DEL

function visibleReplacement(character: string): string {
  const code = character.charCodeAt(0);
  if (code === 0x0b || code === 0x0c) return ' '; // vertical tab, form feed: white space to every reader of the text
  if (code < 0x20) return String.fromCharCode(CONTROL_PICTURES + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * A report's text with nothing in it that acts: C0 controls become their Control Pictures (`␛` for
 * ESC), DEL `␡`, vertical tab and form feed a space, C1 controls and bidi embeddings, overrides and
 * isolates U+FFFD. Tab, line feed and carriage return stay. One character for one, so every offset
 * into the text (a figure's span, a PDF glyph's place) still points where it did.
 */
export function replaceControlCharacters(text: string): string {
  return text.replace(ACTING_IN_TEXT, visibleReplacement);
}
