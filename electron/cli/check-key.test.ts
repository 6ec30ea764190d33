// Scores `tickmark check` against Tickmark's own answer key (shared/checks/answer-key): the key read
// from the dev passages, seeds and fixtures, and the blind batches written apart from the rules.
// Every engagement is checked through the real command line, as a user runs it, and the issue's
// targets — mismatch recall at least 0.9, false alarms at most one in five of the mismatches
// reported, at least 0.7 of the sums and shares that hold reported as holding — are held over every
// set but a blind batch at its first run, over the entries whose figures extraction gives right
// today (an entry marked with an extraction miss is the extractor's to fix; the whole key's score is
// printed beside). Each set's own score is printed for the answer key's README.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_1_ENGAGEMENTS, BATCH_1_KEY } from '../../shared/checks/answer-key/batch-1';
import { BATCH_2_ENGAGEMENTS, BATCH_2_KEY } from '../../shared/checks/answer-key/batch-2';
import { BATCH_3_ENGAGEMENTS, BATCH_3_KEY } from '../../shared/checks/answer-key/batch-3';
import { BATCH_4_ENGAGEMENTS, BATCH_4_KEY } from '../../shared/checks/answer-key/batch-4';
import { BATCH_5_ENGAGEMENTS, BATCH_5_KEY } from '../../shared/checks/answer-key/batch-5';
import { BATCH_6_ENGAGEMENTS, BATCH_6_KEY } from '../../shared/checks/answer-key/batch-6';
import { BATCH_7_ENGAGEMENTS, BATCH_7_KEY } from '../../shared/checks/answer-key/batch-7';
import { BATCH_8_ENGAGEMENTS, BATCH_8_KEY } from '../../shared/checks/answer-key/batch-8';
import { BATCH_9_ENGAGEMENTS, BATCH_9_KEY } from '../../shared/checks/answer-key/batch-9';
import { BATCH_10_ENGAGEMENTS, BATCH_10_KEY } from '../../shared/checks/answer-key/batch-10';
import { BATCH_11_ENGAGEMENTS, BATCH_11_KEY } from '../../shared/checks/answer-key/batch-11';
import { BATCH_12_ENGAGEMENTS, BATCH_12_KEY } from '../../shared/checks/answer-key/batch-12';
import { BATCH_13_ENGAGEMENTS, BATCH_13_KEY } from '../../shared/checks/answer-key/batch-13';
import { BATCH_14_ENGAGEMENTS, BATCH_14_KEY } from '../../shared/checks/answer-key/batch-14';
import { BATCH_15_ENGAGEMENTS, BATCH_15_KEY } from '../../shared/checks/answer-key/batch-15';
import { BATCH_16_ENGAGEMENTS, BATCH_16_KEY } from '../../shared/checks/answer-key/batch-16';
import { BATCH_17_ENGAGEMENTS, BATCH_17_KEY } from '../../shared/checks/answer-key/batch-17';
import { BATCH_18_ENGAGEMENTS, BATCH_18_KEY } from '../../shared/checks/answer-key/batch-18';
import { BATCH_19_ENGAGEMENTS, BATCH_19_KEY } from '../../shared/checks/answer-key/batch-19';
import { BATCH_20_ENGAGEMENTS, BATCH_20_KEY } from '../../shared/checks/answer-key/batch-20';
import { BATCH_21_ENGAGEMENTS, BATCH_21_KEY } from '../../shared/checks/answer-key/batch-21';
import { BATCH_22_ENGAGEMENTS, BATCH_22_KEY } from '../../shared/checks/answer-key/batch-22';
import { BATCH_23_ENGAGEMENTS, BATCH_23_KEY } from '../../shared/checks/answer-key/batch-23';
import { BATCH_24_ENGAGEMENTS, BATCH_24_KEY } from '../../shared/checks/answer-key/batch-24';
import { BATCH_25_ENGAGEMENTS, BATCH_25_KEY } from '../../shared/checks/answer-key/batch-25';
import { BATCH_26_ENGAGEMENTS, BATCH_26_KEY } from '../../shared/checks/answer-key/batch-26';
import { BATCH_27_ENGAGEMENTS, BATCH_27_KEY } from '../../shared/checks/answer-key/batch-27';
import { BATCH_28_ENGAGEMENTS, BATCH_28_KEY } from '../../shared/checks/answer-key/batch-28';
import { BATCH_29_ENGAGEMENTS, BATCH_29_KEY } from '../../shared/checks/answer-key/batch-29';
import { BATCH_30_ENGAGEMENTS, BATCH_30_KEY } from '../../shared/checks/answer-key/batch-30';
import { BATCH_31_ENGAGEMENTS, BATCH_31_KEY } from '../../shared/checks/answer-key/batch-31';
import { BATCH_32_ENGAGEMENTS, BATCH_32_KEY } from '../../shared/checks/answer-key/batch-32';
import { BATCH_33_ENGAGEMENTS, BATCH_33_KEY } from '../../shared/checks/answer-key/batch-33';
import { BATCH_34_ENGAGEMENTS, BATCH_34_KEY } from '../../shared/checks/answer-key/batch-34';
import { BATCH_35_ENGAGEMENTS, BATCH_35_KEY } from '../../shared/checks/answer-key/batch-35';
import { BATCH_36_ENGAGEMENTS, BATCH_36_KEY } from '../../shared/checks/answer-key/batch-36';
import { BATCH_37_ENGAGEMENTS, BATCH_37_KEY } from '../../shared/checks/answer-key/batch-37';
import { BATCH_38_ENGAGEMENTS, BATCH_38_KEY } from '../../shared/checks/answer-key/batch-38';
import { BATCH_39_ENGAGEMENTS, BATCH_39_KEY } from '../../shared/checks/answer-key/batch-39';
import { BATCH_40_ENGAGEMENTS, BATCH_40_KEY } from '../../shared/checks/answer-key/batch-40';
import { BATCH_41_ENGAGEMENTS, BATCH_41_KEY } from '../../shared/checks/answer-key/batch-41';
import { BATCH_42_ENGAGEMENTS, BATCH_42_KEY } from '../../shared/checks/answer-key/batch-42';
import { BATCH_43_ENGAGEMENTS, BATCH_43_KEY } from '../../shared/checks/answer-key/batch-43';
import { BATCH_44_ENGAGEMENTS, BATCH_44_KEY } from '../../shared/checks/answer-key/batch-44';
import { BATCH_45_ENGAGEMENTS, BATCH_45_KEY } from '../../shared/checks/answer-key/batch-45';
import { BATCH_46_ENGAGEMENTS, BATCH_46_KEY } from '../../shared/checks/answer-key/batch-46';
import { BATCH_47_ENGAGEMENTS, BATCH_47_KEY } from '../../shared/checks/answer-key/batch-47';
import { BATCH_48_ENGAGEMENTS, BATCH_48_KEY } from '../../shared/checks/answer-key/batch-48';
import { BATCH_49_ENGAGEMENTS, BATCH_49_KEY } from '../../shared/checks/answer-key/batch-49';
import { BATCH_50_ENGAGEMENTS, BATCH_50_KEY } from '../../shared/checks/answer-key/batch-50';
import { BATCH_51_ENGAGEMENTS, BATCH_51_KEY } from '../../shared/checks/answer-key/batch-51';
import { BATCH_52_ENGAGEMENTS, BATCH_52_KEY } from '../../shared/checks/answer-key/batch-52';
import { BATCH_53_ENGAGEMENTS, BATCH_53_KEY } from '../../shared/checks/answer-key/batch-53';
import { BATCH_54_ENGAGEMENTS, BATCH_54_KEY } from '../../shared/checks/answer-key/batch-54';
import { BATCH_55_ENGAGEMENTS, BATCH_55_KEY } from '../../shared/checks/answer-key/batch-55';
import { BATCH_56_ENGAGEMENTS, BATCH_56_KEY } from '../../shared/checks/answer-key/batch-56';
import { BATCH_57_ENGAGEMENTS, BATCH_57_KEY } from '../../shared/checks/answer-key/batch-57';
import { BATCH_58_ENGAGEMENTS, BATCH_58_KEY } from '../../shared/checks/answer-key/batch-58';
import { BATCH_59_ENGAGEMENTS, BATCH_59_KEY } from '../../shared/checks/answer-key/batch-59';
import { BATCH_60_ENGAGEMENTS, BATCH_60_KEY } from '../../shared/checks/answer-key/batch-60';
import { BATCH_61_ENGAGEMENTS, BATCH_61_KEY } from '../../shared/checks/answer-key/batch-61';
import { BATCH_62_ENGAGEMENTS, BATCH_62_KEY } from '../../shared/checks/answer-key/batch-62';
import { BATCH_63_ENGAGEMENTS, BATCH_63_KEY } from '../../shared/checks/answer-key/batch-63';
import { BATCH_64_ENGAGEMENTS, BATCH_64_KEY } from '../../shared/checks/answer-key/batch-64';
import { BATCH_65_ENGAGEMENTS, BATCH_65_KEY } from '../../shared/checks/answer-key/batch-65';
import { BATCH_66_ENGAGEMENTS, BATCH_66_KEY } from '../../shared/checks/answer-key/batch-66';
import { BATCH_67_ENGAGEMENTS, BATCH_67_KEY } from '../../shared/checks/answer-key/batch-67';
import { BATCH_68_ENGAGEMENTS, BATCH_68_KEY } from '../../shared/checks/answer-key/batch-68';
import { BATCH_69_ENGAGEMENTS, BATCH_69_KEY } from '../../shared/checks/answer-key/batch-69';
import { BATCH_70_ENGAGEMENTS, BATCH_70_KEY } from '../../shared/checks/answer-key/batch-70';
import { BATCH_71_ENGAGEMENTS, BATCH_71_KEY } from '../../shared/checks/answer-key/batch-71';
import { BATCH_72_ENGAGEMENTS, BATCH_72_KEY } from '../../shared/checks/answer-key/batch-72';
import { BATCH_73_ENGAGEMENTS, BATCH_73_KEY } from '../../shared/checks/answer-key/batch-73';
import { BATCH_74_ENGAGEMENTS, BATCH_74_KEY } from '../../shared/checks/answer-key/batch-74';
import { BATCH_75_ENGAGEMENTS, BATCH_75_KEY } from '../../shared/checks/answer-key/batch-75';
import { BATCH_76_ENGAGEMENTS, BATCH_76_KEY } from '../../shared/checks/answer-key/batch-76';
import { BATCH_77_ENGAGEMENTS, BATCH_77_KEY } from '../../shared/checks/answer-key/batch-77';
import { BATCH_78_ENGAGEMENTS, BATCH_78_KEY } from '../../shared/checks/answer-key/batch-78';
import { BATCH_79_ENGAGEMENTS, BATCH_79_KEY } from '../../shared/checks/answer-key/batch-79';
import { BATCH_80_ENGAGEMENTS, BATCH_80_KEY } from '../../shared/checks/answer-key/batch-80';
import { BATCH_81_ENGAGEMENTS, BATCH_81_KEY } from '../../shared/checks/answer-key/batch-81';
import { BATCH_82_ENGAGEMENTS, BATCH_82_KEY } from '../../shared/checks/answer-key/batch-82';
import { BATCH_83_ENGAGEMENTS, BATCH_83_KEY } from '../../shared/checks/answer-key/batch-83';
import { BATCH_84_ENGAGEMENTS, BATCH_84_KEY } from '../../shared/checks/answer-key/batch-84';
import { BATCH_85_ENGAGEMENTS, BATCH_85_KEY } from '../../shared/checks/answer-key/batch-85';
import { BATCH_86_ENGAGEMENTS, BATCH_86_KEY } from '../../shared/checks/answer-key/batch-86';
import { BATCH_87_ENGAGEMENTS, BATCH_87_KEY } from '../../shared/checks/answer-key/batch-87';
import { BATCH_88_ENGAGEMENTS, BATCH_88_KEY } from '../../shared/checks/answer-key/batch-88';
import { BATCH_89_ENGAGEMENTS, BATCH_89_KEY } from '../../shared/checks/answer-key/batch-89';
import { ENGAGEMENTS, KEY, type Engagement } from '../../shared/checks/answer-key/key';
import { score, type KeyEntry, type ReportedCheck, type Score } from '../../shared/checks/answer-key/score';
import { runCli } from './run-in-test';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * `firstRun`: a blind batch registered at its one scored run, before any rule answers its misses. Its score is
 * printed (the README records it: the honest estimate of the held-back key) and the floors below hold over the
 * other sets, whose misses rules have had a session to answer; the flag goes when they have.
 */
const SETS: Array<{ name: string; engagements: Engagement[]; key: KeyEntry[]; firstRun?: true }> = [
  { name: 'dev passages, seeds and fixtures', engagements: ENGAGEMENTS, key: KEY },
  { name: 'blind batch 1', engagements: BATCH_1_ENGAGEMENTS, key: BATCH_1_KEY },
  { name: 'blind batch 2', engagements: BATCH_2_ENGAGEMENTS, key: BATCH_2_KEY },
  { name: 'blind batch 3', engagements: BATCH_3_ENGAGEMENTS, key: BATCH_3_KEY },
  { name: 'blind batch 4', engagements: BATCH_4_ENGAGEMENTS, key: BATCH_4_KEY },
  { name: 'blind batch 5', engagements: BATCH_5_ENGAGEMENTS, key: BATCH_5_KEY },
  { name: 'blind batch 6', engagements: BATCH_6_ENGAGEMENTS, key: BATCH_6_KEY },
  { name: 'blind batch 7', engagements: BATCH_7_ENGAGEMENTS, key: BATCH_7_KEY },
  { name: 'blind batch 8', engagements: BATCH_8_ENGAGEMENTS, key: BATCH_8_KEY },
  { name: 'blind batch 9', engagements: BATCH_9_ENGAGEMENTS, key: BATCH_9_KEY },
  { name: 'blind batch 10', engagements: BATCH_10_ENGAGEMENTS, key: BATCH_10_KEY },
  { name: 'blind batch 11', engagements: BATCH_11_ENGAGEMENTS, key: BATCH_11_KEY },
  { name: 'blind batch 12', engagements: BATCH_12_ENGAGEMENTS, key: BATCH_12_KEY },
  { name: 'blind batch 13', engagements: BATCH_13_ENGAGEMENTS, key: BATCH_13_KEY },
  { name: 'blind batch 14', engagements: BATCH_14_ENGAGEMENTS, key: BATCH_14_KEY },
  { name: 'blind batch 15', engagements: BATCH_15_ENGAGEMENTS, key: BATCH_15_KEY },
  { name: 'blind batch 16', engagements: BATCH_16_ENGAGEMENTS, key: BATCH_16_KEY },
  { name: 'blind batch 17', engagements: BATCH_17_ENGAGEMENTS, key: BATCH_17_KEY },
  { name: 'blind batch 18', engagements: BATCH_18_ENGAGEMENTS, key: BATCH_18_KEY },
  { name: 'blind batch 19', engagements: BATCH_19_ENGAGEMENTS, key: BATCH_19_KEY },
  { name: 'blind batch 20', engagements: BATCH_20_ENGAGEMENTS, key: BATCH_20_KEY },
  { name: 'blind batch 21', engagements: BATCH_21_ENGAGEMENTS, key: BATCH_21_KEY },
  { name: 'blind batch 22', engagements: BATCH_22_ENGAGEMENTS, key: BATCH_22_KEY },
  { name: 'blind batch 23', engagements: BATCH_23_ENGAGEMENTS, key: BATCH_23_KEY },
  { name: 'blind batch 24', engagements: BATCH_24_ENGAGEMENTS, key: BATCH_24_KEY },
  { name: 'blind batch 25', engagements: BATCH_25_ENGAGEMENTS, key: BATCH_25_KEY },
  { name: 'blind batch 26', engagements: BATCH_26_ENGAGEMENTS, key: BATCH_26_KEY },
  { name: 'blind batch 27', engagements: BATCH_27_ENGAGEMENTS, key: BATCH_27_KEY },
  { name: 'blind batch 28', engagements: BATCH_28_ENGAGEMENTS, key: BATCH_28_KEY },
  { name: 'blind batch 29', engagements: BATCH_29_ENGAGEMENTS, key: BATCH_29_KEY },
  { name: 'blind batch 30', engagements: BATCH_30_ENGAGEMENTS, key: BATCH_30_KEY },
  { name: 'blind batch 31', engagements: BATCH_31_ENGAGEMENTS, key: BATCH_31_KEY },
  { name: 'blind batch 32', engagements: BATCH_32_ENGAGEMENTS, key: BATCH_32_KEY },
  { name: 'blind batch 33', engagements: BATCH_33_ENGAGEMENTS, key: BATCH_33_KEY },
  { name: 'blind batch 34', engagements: BATCH_34_ENGAGEMENTS, key: BATCH_34_KEY },
  { name: 'blind batch 35', engagements: BATCH_35_ENGAGEMENTS, key: BATCH_35_KEY },
  { name: 'blind batch 36', engagements: BATCH_36_ENGAGEMENTS, key: BATCH_36_KEY },
  { name: 'blind batch 37', engagements: BATCH_37_ENGAGEMENTS, key: BATCH_37_KEY },
  { name: 'blind batch 38', engagements: BATCH_38_ENGAGEMENTS, key: BATCH_38_KEY },
  { name: 'blind batch 39', engagements: BATCH_39_ENGAGEMENTS, key: BATCH_39_KEY },
  { name: 'blind batch 40', engagements: BATCH_40_ENGAGEMENTS, key: BATCH_40_KEY },
  { name: 'blind batch 41', engagements: BATCH_41_ENGAGEMENTS, key: BATCH_41_KEY },
  { name: 'blind batch 42', engagements: BATCH_42_ENGAGEMENTS, key: BATCH_42_KEY },
  { name: 'blind batch 43', engagements: BATCH_43_ENGAGEMENTS, key: BATCH_43_KEY },
  { name: 'blind batch 44', engagements: BATCH_44_ENGAGEMENTS, key: BATCH_44_KEY },
  { name: 'blind batch 45', engagements: BATCH_45_ENGAGEMENTS, key: BATCH_45_KEY },
  { name: 'blind batch 46', engagements: BATCH_46_ENGAGEMENTS, key: BATCH_46_KEY },
  { name: 'blind batch 47', engagements: BATCH_47_ENGAGEMENTS, key: BATCH_47_KEY },
  { name: 'blind batch 48', engagements: BATCH_48_ENGAGEMENTS, key: BATCH_48_KEY },
  { name: 'blind batch 49', engagements: BATCH_49_ENGAGEMENTS, key: BATCH_49_KEY },
  { name: 'blind batch 50', engagements: BATCH_50_ENGAGEMENTS, key: BATCH_50_KEY },
  { name: 'blind batch 51', engagements: BATCH_51_ENGAGEMENTS, key: BATCH_51_KEY },
  { name: 'blind batch 52', engagements: BATCH_52_ENGAGEMENTS, key: BATCH_52_KEY },
  { name: 'blind batch 53', engagements: BATCH_53_ENGAGEMENTS, key: BATCH_53_KEY },
  { name: 'blind batch 54', engagements: BATCH_54_ENGAGEMENTS, key: BATCH_54_KEY },
  { name: 'blind batch 55', engagements: BATCH_55_ENGAGEMENTS, key: BATCH_55_KEY },
  { name: 'blind batch 56', engagements: BATCH_56_ENGAGEMENTS, key: BATCH_56_KEY },
  { name: 'blind batch 57', engagements: BATCH_57_ENGAGEMENTS, key: BATCH_57_KEY },
  { name: 'blind batch 58', engagements: BATCH_58_ENGAGEMENTS, key: BATCH_58_KEY },
  { name: 'blind batch 59', engagements: BATCH_59_ENGAGEMENTS, key: BATCH_59_KEY },
  { name: 'blind batch 60', engagements: BATCH_60_ENGAGEMENTS, key: BATCH_60_KEY },
  { name: 'blind batch 61', engagements: BATCH_61_ENGAGEMENTS, key: BATCH_61_KEY },
  { name: 'blind batch 62', engagements: BATCH_62_ENGAGEMENTS, key: BATCH_62_KEY },
  { name: 'blind batch 63', engagements: BATCH_63_ENGAGEMENTS, key: BATCH_63_KEY },
  { name: 'blind batch 64', engagements: BATCH_64_ENGAGEMENTS, key: BATCH_64_KEY },
  { name: 'blind batch 65', engagements: BATCH_65_ENGAGEMENTS, key: BATCH_65_KEY },
  { name: 'blind batch 66', engagements: BATCH_66_ENGAGEMENTS, key: BATCH_66_KEY },
  { name: 'blind batch 67', engagements: BATCH_67_ENGAGEMENTS, key: BATCH_67_KEY },
  { name: 'blind batch 68', engagements: BATCH_68_ENGAGEMENTS, key: BATCH_68_KEY },
  { name: 'blind batch 69', engagements: BATCH_69_ENGAGEMENTS, key: BATCH_69_KEY },
  { name: 'blind batch 70', engagements: BATCH_70_ENGAGEMENTS, key: BATCH_70_KEY },
  { name: 'blind batch 71', engagements: BATCH_71_ENGAGEMENTS, key: BATCH_71_KEY },
  { name: 'blind batch 72', engagements: BATCH_72_ENGAGEMENTS, key: BATCH_72_KEY },
  { name: 'blind batch 73', engagements: BATCH_73_ENGAGEMENTS, key: BATCH_73_KEY },
  { name: 'blind batch 74', engagements: BATCH_74_ENGAGEMENTS, key: BATCH_74_KEY },
  { name: 'blind batch 75', engagements: BATCH_75_ENGAGEMENTS, key: BATCH_75_KEY },
  { name: 'blind batch 76', engagements: BATCH_76_ENGAGEMENTS, key: BATCH_76_KEY },
  { name: 'blind batch 77', engagements: BATCH_77_ENGAGEMENTS, key: BATCH_77_KEY },
  { name: 'blind batch 78', engagements: BATCH_78_ENGAGEMENTS, key: BATCH_78_KEY },
  { name: 'blind batch 79', engagements: BATCH_79_ENGAGEMENTS, key: BATCH_79_KEY },
  { name: 'blind batch 80', engagements: BATCH_80_ENGAGEMENTS, key: BATCH_80_KEY },
  { name: 'blind batch 81', engagements: BATCH_81_ENGAGEMENTS, key: BATCH_81_KEY },
  { name: 'blind batch 82', engagements: BATCH_82_ENGAGEMENTS, key: BATCH_82_KEY },
  { name: 'blind batch 83', engagements: BATCH_83_ENGAGEMENTS, key: BATCH_83_KEY },
  { name: 'blind batch 84', engagements: BATCH_84_ENGAGEMENTS, key: BATCH_84_KEY },
  { name: 'blind batch 85', engagements: BATCH_85_ENGAGEMENTS, key: BATCH_85_KEY },
  { name: 'blind batch 86', engagements: BATCH_86_ENGAGEMENTS, key: BATCH_86_KEY, firstRun: true },
  { name: 'blind batch 87', engagements: BATCH_87_ENGAGEMENTS, key: BATCH_87_KEY, firstRun: true },
  { name: 'blind batch 88', engagements: BATCH_88_ENGAGEMENTS, key: BATCH_88_KEY, firstRun: true },
  { name: 'blind batch 89', engagements: BATCH_89_ENGAGEMENTS, key: BATCH_89_KEY, firstRun: true },
];
let dir: string;
let result: Score;
let whole: Score;

const summary = (s: Score) => ({ mismatchRecall: s.mismatchRecall, falseAlarmRate: s.falseAlarmRate, holdsCoverage: s.holdsCoverage });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-check-key-'));
  const reported: ReportedCheck[] = [];
  const texts = new Map<string, string>();
  const perSet: Array<{ name: string; score: Score; firstRun?: true }> = [];
  for (const set of SETS) {
    const reportedHere: ReportedCheck[] = [];
    for (const engagement of set.engagements) reportedHere.push(...(await checkEngagement(engagement, texts)));
    perSet.push({ name: set.name, score: score(set.key, reportedHere, texts), firstRun: set.firstRun });
    if (!set.firstRun) reported.push(...reportedHere);
  }
  const key = SETS.filter((s) => !s.firstRun).flatMap((s) => s.key);
  // the checks' own targets are held over the entries whose figures extraction gives right today;
  // the whole key's score is printed beside them
  result = score(key.filter((e) => e.extractionMiss === undefined), reported, texts);
  whole = score(key, reported, texts);
  // the measured scores, and what was missed, for the report and the answer key's README
  for (const { name, score: s } of perSet) console.log(name, JSON.stringify(summary(s)));
  for (const { name, score: s } of perSet.filter((p) => p.firstRun))
    console.log(
      `${name}, its first run (not in the floors below)`,
      `\nmissed:\n${s.missed.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`,
      `\nfalse alarms:\n${s.falseAlarms.map((c) => `  ${JSON.stringify(c)}`).join('\n')}`,
      `\nholds not reported:\n${s.uncoveredHolds.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`,
    );
  console.log('all, extraction misses included', JSON.stringify(summary(whole)));
  console.log(`extraction misses:\n${key.filter((e) => e.extractionMiss).map((e) => `  ${e.doc}: ${e.extractionMiss}`).join('\n')}`);
  // a mark that no longer holds keeps its entry out of the checks' own score: the key's upkeep
  const stale = key.filter((e) => e.extractionMiss && !whole.missed.includes(e) && !whole.uncoveredHolds.includes(e) && !(e.holds && e.kind !== 'sum' && e.kind !== 'ratio'));
  console.log(`marked as extraction misses, yet found:\n${stale.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`);
  console.log(
    'all, extraction misses left out',
    JSON.stringify(summary(result)),
    `\nmissed:\n${result.missed.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`,
    `\nfalse alarms:\n${result.falseAlarms.map((c) => `  ${JSON.stringify(c)}`).join('\n')}`,
    `\nholds not reported:\n${result.uncoveredHolds.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`,
  );
  // (every engagement of 90 sets through the command line: some five minutes alone, twice that beside the other suites on two cores)
}, 1_200_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The checks the command line reports over one engagement; the texts of its text files kept for the key's contexts. */
async function checkEngagement(engagement: Engagement, texts: Map<string, string>): Promise<ReportedCheck[]> {
  const files: string[] = [];
  for (const [i, file] of engagement.files.entries()) {
    const source = resolve(ROOT, file);
    const plant = i === 0 ? engagement.plant : undefined;
    const target = join(dir, plant ? plant.as : basename(file));
    if (plant) {
      const text = await readFile(source, 'utf8');
      if (!text.includes(plant.replace)) throw new Error(`${file} no longer holds "${plant.replace}"`);
      await writeFile(target, text.replace(plant.replace, plant.by));
    } else await copyFile(source, target);
    if (target.endsWith('.txt')) texts.set(basename(target), await readFile(target, 'utf8'));
    files.push(target);
  }
  const { code, stdout, stderr } = await runCli('check', ...files, '--jsonl');
  if (code !== 0) throw new Error(`check ${files.join(' ')} failed: ${stderr}`);
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReportedCheck);
}

describe('tickmark check against its answer key, end to end (extraction misses included)', () => {
  // End to end 0.898 over batches 1-50 at session 42's end (the figures extraction misses, which the key marks,
  // take their mismatches with them). These floors keep what rules have reached from slipping back; a batch at its
  // first run is printed apart (50's was 0.58, 37 of 64; it joined the floors at 0.73, 47 of 64; 51's was 0.75, 21
  // of 28, and it joined them at 0.86, 25 of 29; 52's was 0.49, 36 of 74, and it joined them at 0.62, 46 of 74;
  // 53's was 0.78, 47 of 60, and it joined them at 0.88, 53 of 60; 54's was 0.64, 41 of 64, and it joined them at
  // 0.84, 54 of 64; 55's was 0.73, 48 of 66, and it joined them at 0.88, 59 of 67; 56's was 0.81, 50 of 62, and it
  // joined them at 0.89, 55 of 62; 57's was 0.82, 53 of 65, and it joined them at 0.88, 59 of 67; 58's was 0.85,
  // 50 of 59, and it joined them at 0.90, 56 of 62; 59's was 0.80, 49 of 61, and it joined them at 0.84, 53 of 63;
  // 60's was 0.68, 39 of 57, and it joined them at 0.70, 40 of 57; 61's was 0.74, 45 of 61, and it joined them at
  // 0.77, 48 of 62; 62's was 0.74, 50 of 68, and it joined them at 0.73, 52 of 71; 63's was 0.70, 47 of 67, and it
  // joined them at 0.70, 47 of 67; 64's was 0.74, 49 of 66, and it joined them at 0.97, 65 of 67; 65's was 0.77,
  // 51 of 66, and it joined them at 0.94, 64 of 68; 66's was 0.85, 56 of 66, and it joined them at 0.99, 66 of 67;
  // 67's was 0.74, 53 of 72, and it joined them at 0.97, 70 of 72; 68's was 0.75, 46 of 61, and it joined them at
  // 0.89, 58 of 65; 69's was 0.71, 45 of 63, and it joined them at 0.88, 57 of 65; 70's was 0.77, 46 of 60, and it
  // joined them at 0.92, 56 of 61; 71's was 0.74, 42 of 57, and it joined them at 0.94, 64 of 68; 72's was 0.87,
  // 58 of 67, and it joined them at 0.87, 58 of 67; 73's was 0.81, 51 of 63, and it joined them at 0.81, 52 of 64;
  // 74's was 0.80, 48 of 60, and it joined them at 0.84, 51 of 61; 75's was 0.89, 57 of 64, and it joined them at
  // 0.93, 62 of 67; 76's was 0.87, 52 of 60, and it joined them at 0.95, 59 of 62; 77's was 0.75, 44 of 59, and it
  // joined them at 0.86, 55 of 64; 78's was 0.73, 46 of 63, and it joined them at 0.89, 57 of 64; 79's was 0.81,
  // 47 of 58, and it joined them at 0.92, 55 of 60; 80's was 0.87, 60 of 69, and it joined them at 0.89, 62 of 70;
  // 81's was 0.82, 46 of 56, and it joined them at 0.84, 47 of 56; 82's was 0.79, 46 of 58, and it joined them at
  // 0.89, 54 of 61; 83's was 0.75, 41 of 55, and it joined them at 0.84, 48 of 57; 84's was 0.86, 48 of 56, and it
  // joined them at 0.90, 52 of 58; 85's was 0.67, 34 of 51, and it joined them at 0.84, 46 of 55).
  it('reports at least 0.88 of the annotated mismatches as mismatches', () => {
    expect(whole.mismatchRecall).toBeGreaterThanOrEqual(0.88);
  });

  it('raises at most one false alarm in five mismatches reported', () => {
    expect(whole.falseAlarmRate).toBeLessThanOrEqual(0.2);
  });

  it('reports at least 0.7 of the annotated sums and shares that hold as holding', () => {
    expect(whole.holdsCoverage).toBeGreaterThanOrEqual(0.7);
  });
});

describe('tickmark check against its answer key, over the figures extraction reads right', () => {
  // 0.916 over batches 1-45 at aee6c33. A blind batch is committed before any rule for it and registered at its
  // one scored run as `firstRun` (the answer key's README records each); the flag goes once its rules follow.
  it('reports at least 0.9 of the annotated mismatches as mismatches', () => {
    expect(result.mismatchRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('raises at most one false alarm in five mismatches reported', () => {
    expect(result.falseAlarmRate).toBeLessThanOrEqual(0.2);
  });

  it('reports at least 0.7 of the annotated sums and shares that hold as holding', () => {
    expect(result.holdsCoverage).toBeGreaterThanOrEqual(0.7);
  });
});
