// One process per run of the trail bench, so its peak memory is the trail's own: seal N events,
// export them through the app's exportTrail, run verify-trail over the file as the user does (the
// built CLI, a cold process), and time `sha256sum` over the same file as the reference (reading and
// hashing every byte natively). CPU times (all threads) are reported too: on a shared machine they
// move less than wall time.
// `npx tsx scripts/bench/trail-child.ts [N] [--cli DIST/electron/cli.js] [--keep DIR]`: without --cli
// it builds the CLI for itself; --keep leaves the trail (DIR/trail.csv) and its key (DIR/data).
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealEvent, type AuditEvent } from '../../shared/audit/event';
import { FILE_PERMISSIONS_ONLY } from '../../electron/backend/secrets';
import { exportTrail } from '../../electron/backend/trail/export-trail';
import { loadSigningKey } from '../../electron/backend/trail/signing-key';
import { parseArgs } from 'node:util';
import { privateCliBuild, timedProcess, timedVerifyTrail } from './trail-process';

const { values, positionals } = parseArgs({ options: { cli: { type: 'string' }, keep: { type: 'string' } }, allowPositionals: true });
const count = Number(positionals[0] ?? 100_000);
const dir = values.keep ?? (await mkdtemp(join(tmpdir(), 'tickmark-trail-bench-')));
await mkdir(dir, { recursive: true });
const build = values.cli ? undefined : await privateCliBuild();
try {
  const key = await loadSigningKey(join(dir, 'data'), FILE_PERMISSIONS_ONLY);
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i++) {
    const figure = { text: `${(i % 997) * 13}万吨`, start: i * 20, end: i * 20 + 7, page: 1 + (i % 120), value: (i % 997) * 130_000, unit: 'tCO2e', qualifier: 'exact' as const };
    events.push(
      sealEvent(
        {
          engagementId: 'eng-bench', engagementName: 'Bench FY2022', at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(), actor: 'Li Wei', role: 'preparer',
          action: i % 3 ? 'figure.confirmed' : 'figure.disputed', documentId: 'doc-1', document: { name: 'alibaba-esg-2022.pdf', sha256: 'ab'.repeat(32) },
          figureId: `fig-${i}`, figure, fromStatus: 'open', toStatus: i % 3 ? 'confirmed' : 'disputed', note: i % 3 ? undefined : '与附注7不符, see "table 4"',
        },
        events.at(-1),
      ),
    );
  }
  const rssBefore = process.memoryUsage().rss;
  const path = join(dir, 'trail.csv');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const exported = await exportTrail({ engagementId: 'eng-bench', engagementName: 'Bench FY2022', events, signer: 'Li Wei', role: 'preparer' }, key, path);
  const exportMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const exportCpuMs = (cpu.user + cpu.system) / 1000;
  if (exported.status !== 'saved') throw new Error(JSON.stringify(exported));
  const bytes = (await stat(path)).size;

  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  // Exit code 0 (checked) is verify-trail's "intact, signed by a trusted key": the key in DIR/data.
  const verify = timedVerifyTrail(values.cli ?? build!.cliJs, path, join(dir, 'data'));
  const sha256sumMs = timedProcess('sha256sum', [path]).wallMs;
  console.log(
    JSON.stringify({
      count,
      bytes,
      exportMs,
      exportCpuMs,
      verifyMs: verify.wallMs,
      verifyCpuMs: verify.cpuMs,
      verifyMaxRssMb: verify.maxRssMb,
      sha256sumMs,
      maxRssMb,
      rssBeforeMb: rssBefore / 2 ** 20,
    }),
  );
} finally {
  await build?.remove();
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}
