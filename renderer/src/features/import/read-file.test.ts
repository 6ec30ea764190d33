import { describe, expect, it } from 'vitest';
import { fileNameOf } from './read-file';

describe('a chosen file’s name', () => {
  it('is shown, sent and stored with its control characters replaced, one for one', () => {
    expect(fileNameOf(new File([], 'report\u202efdp.exe'))).toBe('report\ufffdfdp.exe');
    expect(fileNameOf(new File([], 'a\u001b[2Jb.pdf'))).toBe('a\u241b[2Jb.pdf');
    expect(fileNameOf(new File([], '阿里巴巴 ESG 2022.pdf'))).toBe('阿里巴巴 ESG 2022.pdf');
  });
});
