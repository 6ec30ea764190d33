import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, hasControlCharacters } from './control-characters';

describe('escapeControlCharacters', () => {
  it('shows a terminal escape sequence instead of running it', () => {
    expect(escapeControlCharacters('report\x1b]0;pwned\x07.pdf')).toBe('report\\x1b]0;pwned\\x07.pdf');
    expect(escapeControlCharacters('\x1b[2J\x1b[31mred')).toBe('\\x1b[2J\\x1b[31mred');
  });

  it('shows bidi overrides and isolates, so a name reads as it is', () => {
    expect(escapeControlCharacters('invoice\u202efdp.exe')).toBe('invoice\\u202efdp.exe');
    expect(escapeControlCharacters('\u2066a\u2069\u202a\u202c')).toBe('\\u2066a\\u2069\\u202a\\u202c');
  });

  it('keeps one name on one line: tab and line breaks become \\t, \\n, \\r', () => {
    expect(escapeControlCharacters('a\tb\nc\r')).toBe('a\\tb\\nc\\r');
  });

  it('escapes NUL, DEL and the C1 controls', () => {
    expect(escapeControlCharacters('\0\x7f\x80\x9b')).toBe('\\x00\\x7f\\x80\\x9b');
  });

  it('leaves printable text alone, Chinese, backslashes and directional marks included', () => {
    const plain = '阿里巴巴 ESG 2022\\draft\u200e 80% → 188亿元';
    expect(escapeControlCharacters(plain)).toBe(plain);
    expect(hasControlCharacters(plain)).toBe(false);
  });

  it('leaves nothing in its output that acts', () => {
    const anyUpToIsolates = fc.integer({ min: 0, max: 0x206f }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: anyUpToIsolates }), (text) => {
        expect(hasControlCharacters(escapeControlCharacters(text))).toBe(false);
      }),
    );
  });
});

describe('hasControlCharacters', () => {
  it('finds a control anywhere in a name, and gives the same answer twice', () => {
    for (const name of ['\x1b.pdf', 'a\u202eb', 'tab\there', 'line\n', 'c1\x85']) {
      expect(hasControlCharacters(name)).toBe(true);
      expect(hasControlCharacters(name)).toBe(true);
    }
    expect(hasControlCharacters('report.pdf')).toBe(false);
  });
});
