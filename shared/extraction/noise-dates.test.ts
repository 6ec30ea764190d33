import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('a duration after in', () => {
  it('is the claim when it tells how long something done took', () => {
    expect(texts('the hotline was re-activated in 15\nminutes and delivered supplies')).toEqual(['15\nminutes']);
    expect(texts('Loans are approved in 3 minutes.')).toEqual(['3 minutes']);
  });
  it('frames another claim otherwise', () => {
    expect(texts('We aim to be net zero in 10 years. In 5 years we grew sales to 300 stores.')).toEqual(['300']);
  });
});
