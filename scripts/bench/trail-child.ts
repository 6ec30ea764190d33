// One process per run of the trail bench, so its peak memory is the trail's own: seal N events,
// export them through the app's exportTrail, verify the file with verify-trail's code, and time
// `sha256sum` over the same file as the reference (reading and hashing every byte natively). The
// export's CPU time (all threads) is reported too: on a shared machine it moves less than wall time.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealEvent, type AuditEvent } from '../../shared/audit/event';
import { normalizeFingerprint } from '../../shared/audit/seal';
import { FILE_PERMISSIONS_ONLY } from '../../electron/backend/secrets';
import { exportTrail } from '../../electron/backend/trail/export-trail';
import { loadSigningKey } from '../../electron/backend/trail/signing-key';
import { verifyTrailFile } from '../../electron/backend/trail/verify-trail-file';

const count = Number(process.argv[2] ?? 100_000);
const dir = await mkdtemp(join(tmpdir(), 'tickmark-trail-bench-'));
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
  let started = performance.now();
  const cpuBefore = process.cpuUsage();
  const exported = await exportTrail({ engagementId: 'eng-bench', engagementName: 'Bench FY2022', events, signer: 'Li Wei', role: 'preparer' }, key, path);
  const exportMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const exportCpuMs = (cpu.user + cpu.system) / 1000;
  if (exported.status !== 'saved') throw new Error(JSON.stringify(exported));
  const bytes = (await stat(path)).size;

  started = performance.now();
  const verdict = await verifyTrailFile(path, new Set([normalizeFingerprint(key.fingerprint)]));
  const verifyMs = performance.now() - started;
  if (!verdict.ok) throw new Error(JSON.stringify(verdict));

  started = performance.now();
  execFileSync('sha256sum', [path]);
  const sha256sumMs = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ count, bytes, exportMs, exportCpuMs, verifyMs, sha256sumMs, maxRssMb, rssBeforeMb: rssBefore / 2 ** 20 }));
} finally {
  await rm(dir, { recursive: true, force: true });
}
