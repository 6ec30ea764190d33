// `npm run lint:security`: Electronegativity over the sources that ship, offline. Fails on any
// finding that allowed-findings.json does not list with its reason, and on any listed finding it no
// longer reports (that entry must go).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compareWithAllowList, describeFinding, parseAllowList } from './findings';
import { scanSources } from './scan-sources';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALLOW_LIST = 'scripts/security-scan/allowed-findings.json';
const SCANNED_FOLDERS = ['electron', 'renderer', 'shared'];

async function main(): Promise<number> {
  const allowList = parseAllowList(JSON.parse(await readFile(`${ROOT}${ALLOW_LIST}`, 'utf8')));
  if (!allowList.ok) {
    console.error(`${ALLOW_LIST} is not a valid allow-list: ${allowList.error}`);
    return 1;
  }
  const findings = await scanSources(ROOT, SCANNED_FOLDERS);
  if (!findings.ok) {
    console.error(findings.error);
    return 1;
  }
  const { unexpected, stale } = compareWithAllowList(findings.value, allowList.value);
  for (const finding of unexpected) console.error(`New finding: ${describeFinding(finding)}`);
  for (const entry of stale) console.error(`No longer found, remove it from ${ALLOW_LIST}: ${entry.rule} at ${entry.file ?? 'the app as a whole'}`);
  if (unexpected.length > 0) {
    console.error(`Fix what Electronegativity found, or list it in ${ALLOW_LIST} with the reason it is not a problem.`);
  }
  if (unexpected.length > 0 || stale.length > 0) return 1;
  console.log(`Electronegativity: ${findings.value.length} findings over ${SCANNED_FOLDERS.join(', ')}, each allowed in ${ALLOW_LIST}.`);
  return 0;
}

process.exitCode = await main();
