import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => [f.text, f.value]);

describe('an English scale word', () => {
  it('is read whole when a narrow column hyphenates it at the line end (220 mil-⏎lion)', () => {
    expect(values('soared from less than 30 million to 220 mil-\nlion, making Paytm')).toEqual([
      ['30 million', 3e7],
      ['220 mil-\nlion', 2.2e8],
    ]);
    expect(values('We raised US$1.2 bil-\nlion in green bonds.')).toEqual([['US$1.2 bil-\nlion', 1.2e9]]);
  });

  it('is read whole where a PDF reflowed that break into a space (967 mil- lion)', () => {
    expect(values('the platform had raised over 967 mil- lion RMB. Utilizing')).toEqual([['967 mil- lion RMB', 9.67e8]]);
    expect(values('It employs 5 mil- itary staff.').map((v) => v[1])).toEqual([5]);
  });

  it('is not made of another hyphenated word (mil-⏎itary, mil-⏎lionaire)', () => {
    expect(values('It employs 5 mil-\nitary staff.').map((v) => v[1])).toEqual([5]);
    expect(values('It made 7 mil-\nlionaires.').map((v) => v[1])).toEqual([7]);
  });
});
