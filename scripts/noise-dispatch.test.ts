import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../shared/extraction/candidate';
import { scan } from '../shared/extraction/extract';
import { Around, NOISE_RULES, noiseReason } from '../shared/extraction/noise';
import { EVAL_SETS } from './eval';

// noise.ts tries on a candidate only the rules whose declared scripts and kinds hold it. A rule
// that declares too few would silently keep numbers it drops: every candidate of the held-out
// passages (kept or dropped) is put to every rule, and the dispatcher's answer to the first that
// fires in order.

const dir = join(EVAL_SETS.generalisation, 'text');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));

function candidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  const kept = scan(text, { filter: true, onReject: (c) => all.push(c) });
  return [...all, ...kept];
}

describe('noise rules by script and kind', () => {
  it('no rule drops a candidate outside the scripts and kinds it declares', () => {
    const outside: string[] = [];
    let tried = 0;
    for (const text of texts) {
      for (const c of candidates(text)) {
        for (const rule of NOISE_RULES) {
          if ((!rule.scripts || rule.scripts.includes(c.form.script)) && (!rule.kinds || rule.kinds.includes(c.kind))) continue;
          tried++;
          if (rule.drop(text, c, new Around(text, c))) outside.push(`${rule.name}: ${c.form.script}/${c.kind} ${text.slice(c.start, c.end)}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(10000);
    expect(outside).toEqual([]);
  });

  it('gives the first rule in order that drops the candidate, as trying them all would', () => {
    let dropped = 0;
    for (const text of texts) {
      for (const c of candidates(text)) {
        const around = new Around(text, c);
        const first = NOISE_RULES.find((r) => r.drop(text, c, around))?.name ?? null;
        if (first) dropped++;
        expect(noiseReason(text, c)).toBe(first);
      }
    }
    expect(dropped).toBeGreaterThan(1000);
  });
});
