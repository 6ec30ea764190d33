import { describe, expect, it } from 'vitest';
import { joinHanWraps } from './han-wraps';

describe('joinHanWraps', () => {
  it('joins a line break between two Chinese characters', () => {
    expect(joinHanWraps('，其\n中清洁能源')).toBe('，其中清洁能源');
  });

  it('keeps a break beside anything else', () => {
    expect(joinHanWraps('2,145\n辆巴士，\n其中 of\nwhich')).toBe('2,145\n辆巴士，\n其中 of\nwhich');
  });
});
