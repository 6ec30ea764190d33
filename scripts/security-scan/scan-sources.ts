import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { err, type Result } from '../../shared/domain/result';
import { findingsFromSarif, type Finding } from './findings';

const RUNNER = fileURLToPath(new URL('./electronegativity-offline.mjs', import.meta.url));

/**
 * Electronegativity over `folders` of `root`, with `root`'s package.json for the Electron version.
 * It takes one folder and has no exclusions, so the folders are linked into a folder of their own:
 * the scan then covers the sources whether or not dist/ holds a build.
 */
export async function scanSources(root: string, folders: readonly string[]): Promise<Result<Finding[], string>> {
  const work = await mkdtemp(join(tmpdir(), 'tickmark-electronegativity-'));
  try {
    const sources = join(work, 'sources');
    await mkdir(sources);
    // 'junction' makes a directory link without privileges on Windows; elsewhere it is ignored.
    for (const folder of folders) await symlink(join(root, folder), join(sources, folder), 'junction');
    await copyFile(join(root, 'package.json'), join(sources, 'package.json'));

    const report = join(work, 'report.sarif');
    // LANG picks the language of the findings' messages, which the allow-list compares.
    const run = spawnSync(process.execPath, [RUNNER, sources, report], { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } });
    if (run.status !== 0) {
      return err(`Electronegativity failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`}):\n${run.stderr}${run.stdout}`);
    }
    let sarif: unknown;
    try {
      sarif = JSON.parse(await readFile(report, 'utf8'));
    } catch (error) {
      return err(`Electronegativity wrote no readable report: ${error instanceof Error ? error.message : String(error)}`);
    }
    return findingsFromSarif(sarif);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
