import { describe, expect, it } from 'vitest';
import { FileName } from './schemas';

describe('FileName, the name of a file Tickmark writes', () => {
  it('accepts an ordinary name, in any script', () => {
    for (const name of ['trail.csv', '阿里巴巴 ESG 2022 审计.csv', 'Report (final) v2.tickmark']) expect(FileName.safeParse(name).success).toBe(true);
  });

  it('refuses a name carrying terminal escapes, line breaks or bidi overrides', () => {
    for (const name of ['\x1b]0;pwned\x07.csv', 'a\nb.csv', 'tab\there.csv', 'exe\u202Evsc.csv', 'c1\x9b2J.csv', '\u2066x\u2069.csv']) {
      const parsed = FileName.safeParse(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/control characters/);
    }
  });

  it('still refuses a path', () => {
    expect(FileName.safeParse('../trail.csv').success).toBe(false);
  });
});
