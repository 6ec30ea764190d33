// Electronegativity over one folder, with the network refused (it fetches its translations at
// start-up, and Electron's release list unless AvailableSecurityFixesGlobalCheck is excluded):
//   node electronegativity-offline.mjs <folder> <report.sarif>
// Exits 2 naming each file it could not parse: a file it cannot parse is a file it did not check.
import './refuse-network.mjs';
import { createRequire } from 'node:module';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node electronegativity-offline.mjs <folder> <report.sarif>');
  process.exit(1);
}
const run = createRequire(import.meta.url)('@doyensec/electronegativity');
const { errors } = await run({
  input,
  output,
  isSarif: true,
  isRelative: true,
  customScan: [],
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  parserPlugins: [],
});
const unparsed = errors.filter((error) => !error.tolerable);
for (const { file, message } of unparsed) console.error(`Electronegativity could not parse ${file}: ${message}`);
// Not process.exit: Electronegativity writes the report asynchronously.
process.exitCode = unparsed.length > 0 ? 2 : 0;
