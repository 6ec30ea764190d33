// How well the checks catch a slip planted in a relation they found: every figure of every sum,
// share and change that holds in a text is written once with two adjacent digits swapped (or, for a
// lone digit, another digit), and the checks run again. A slip that leaves the relation true within
// the figures' precision (98.2 % is still 98 %) cannot be caught and is not counted; the rest are
// caught when a check now calls that figure a mismatch. `npx tsx scripts/check-slips.ts [--misses]
// [FILE…]` (by default the held-out passages and the answer key's texts) prints the catch rate by rule.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../shared/extraction/index';
import { describeFigures } from '../shared/metrics/index';
import { runChecks, type Check } from '../shared/checks/index';

const root = join(fileURLToPath(import.meta.url), '../..');

/** The texts of the held-out passages and of the answer key's blind batches. */
export function defaultTexts(): string[] {
  const heldOut = join(root, 'shared/extraction/__fixtures__/generalisation/text');
  const key = join(root, 'shared/checks/answer-key/blind');
  return [
    ...readdirSync(heldOut).map((f) => join(heldOut, f)),
    ...readdirSync(key).flatMap((b) => readdirSync(join(key, b)).map((f) => join(key, b, f))),
  ].filter((f) => f.endsWith('.txt'));
}

const checksOf = (name: string, text: string): Check[] => runChecks([{ name, text, figures: describeFigures(text, extractFigures(text)) }]);

/** The number in `written` with its first pair of adjacent differing digits swapped, else one digit changed. */
export function planted(written: string): string | undefined {
  const chars = [...written];
  for (let i = 0; i + 1 < chars.length; i++) {
    const [a, b] = [chars[i]!, chars[i + 1]!];
    if (/\d/.test(a) && /\d/.test(b) && a !== b && !(i === 0 && b === '0')) {
      [chars[i], chars[i + 1]] = [b, a];
      return chars.join('');
    }
  }
  const lone = chars.findIndex((c) => /[1-9]/.test(c));
  if (lone < 0) return undefined;
  chars[lone] = String(((Number(chars[lone]) + 2) % 9) + 1);
  return chars.join('');
}

export interface SlipTally {
  /** By rule: slips that break the relation, and of them those caught. */
  byRule: Map<string, { planted: number; caught: number }>;
  missed: string[];
}

export function tallySlips(files: readonly string[]): SlipTally {
  const byRule = new Map<string, { planted: number; caught: number }>();
  const missed: string[] = [];
  for (const file of files) {
    const name = basename(file);
    const text = readFileSync(file, 'utf8');
    const seen = new Set<number>();
    for (const check of checksOf(name, text).filter((c) => c.holds && c.kind !== 'consistency')) {
      for (const figure of check.figures) {
        if (seen.has(figure.start)) continue;
        seen.add(figure.start);
        const slip = planted(figure.text);
        if (!slip || slip.length !== figure.text.length) continue;
        const after = checksOf(name, text.slice(0, figure.start) + slip + text.slice(figure.end));
        const caught = after.some((c) => !c.holds && c.figures.some((f) => f.start === figure.start));
        const stillHolds = after.some((c) => c.holds && c.rule === check.rule && c.figures.length === check.figures.length && c.figures.every((f, i) => f.start === check.figures[i]!.start));
        if (stillHolds && !caught) continue;
        const tally = byRule.get(check.rule) ?? { planted: 0, caught: 0 };
        tally.planted++;
        if (caught) tally.caught++;
        byRule.set(check.rule, tally);
        if (!caught) missed.push(`${name}@${figure.start} ${figure.text} → ${slip} (${check.rule}, ${figure.role}): ${check.message}`);
      }
    }
  }
  return { byRule, missed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const { byRule, missed } = tallySlips(files.length > 0 ? files : defaultTexts());
  let planted = 0;
  let caught = 0;
  for (const [rule, t] of [...byRule].sort()) {
    planted += t.planted;
    caught += t.caught;
    console.log(`${rule.padEnd(44)} ${t.caught} / ${t.planted}`);
  }
  console.log(`all: ${caught} of ${planted} slips caught (${(caught / planted).toFixed(3)})`);
  if (args.includes('--misses')) console.log(missed.join('\n'));
}
