import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { escapeControlCharacters, hasControlCharacters, replaceControlCharacters } from './control-characters';

/** Any UTF-16 unit up to the bidi isolates: every control this module knows, and much that it must leave alone. */
const anyUpToIsolates = fc.integer({ min: 0, max: 0x206f }).map((code) => String.fromCharCode(code));

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

describe('replaceControlCharacters', () => {
  it('shows what acts as a visible character, one for one', () => {
    expect(replaceControlCharacters('a\x1b[31mb\x00c\x7f')).toBe('a␛[31mb␀c␡');
    expect(replaceControlCharacters('\u202e1202\u202c \u2067x\u2069 \x9b')).toBe('\ufffd1202\ufffd \ufffdx\ufffd \ufffd');
  });

  it('keeps tab, line feed and carriage return, and makes vertical tab and form feed spaces', () => {
    expect(replaceControlCharacters('a\tb\nc\r\nd\fe\vf')).toBe('a\tb\nc\r\nd e f');
  });

  it('keeps every offset: a figure is found at the same span as in the raw text', () => {
    const raw = '\x1b[2J用水量下降12%\u202e，回收3,400吨\x07; revenue RMB 5 million\f';
    const clean = replaceControlCharacters(raw);
    expect(clean.length).toBe(raw.length);
    const spans = (text: string) => extractFigures(text).map((f) => [f.start, f.end, f.value, f.unit]);
    expect(spans(clean)).toEqual(spans(raw));
    expect(spans(clean)).toHaveLength(3);
  });

  it('leaves nothing that acts but tab and line breaks, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUpToIsolates }), (text) => {
        const clean = replaceControlCharacters(text);
        expect(clean.length).toBe(text.length);
        expect(hasControlCharacters(clean.replace(/[\t\n\r]/g, ''))).toBe(false);
      }),
    );
  });
});
