import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeJson } from './terminal-safe';

describe('JSON lines safe for a terminal', () => {
  it('writes DEL, C1 controls and bidi overrides as \\u escapes that JSON reads back as the same characters', () => {
    const record = { text: 'evil\u202e\u007f\u0085\u001b name', unit: '万吨' };
    const line = terminalSafeJson(record);
    expect(line).toBe('{"text":"evil\\u202e\\u007f\\u0085\\u001b name","unit":"万吨"}');
    expect(JSON.parse(line)).toEqual(record);
  });

  it('leaves a line with no control character as JSON.stringify writes it, CJK and all', () => {
    const record = { doc: 'report.pdf', text: '约 787.7万吨', value: 7877000, unit: '吨', qualifier: '约' };
    expect(terminalSafeJson(record)).toBe(JSON.stringify(record));
  });

  it('passes such lines through terminalSafe unchanged', () => {
    const written: string[] = [];
    const io = terminalSafe({ out: (text) => written.push(text), err: () => {} });
    const line = `${terminalSafeJson({ text: 'a\u202eb' })}\n`;
    io.out(line);
    expect(written).toEqual([line]);
  });
});
