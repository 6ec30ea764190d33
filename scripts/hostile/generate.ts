// The `hostile` corpus: inputs built to hurt an importer, generated into a folder (never committed:
// some are large, one is a decompression bomb). Each comes with what importing it must end in.
// `npx tsx scripts/hostile/generate.ts DIR` writes them and prints the list as JSON lines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { craftDocx, paragraph } from '../../electron/backend/formats/__fixtures__/crafted-docx';
import { ADVERSARIAL_UNITS, repeatTo } from '../../shared/extraction/__fixtures__/adversarial-text';
import type { ImportErrorCode } from '../../shared/ipc/schemas';

/** What importing an input must end in, within bounded time and memory. */
export type Expectation =
  | { outcome: 'read' }
  | { outcome: 'refused'; code: ImportErrorCode }
  /** Random bytes: some happen to be readable; the rest must be refused with a reason. */
  | { outcome: 'read-or-refused' };

export interface HostileInput {
  path: string;
  /** What the input is, for a test's name or a report line. */
  what: string;
  expectation: Expectation;
}

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
const READ: Expectation = { outcome: 'read' };
const refused = (code: ImportErrorCode): Expectation => ({ outcome: 'refused', code });

/** A file name that, printed raw, sets a terminal's title, clears its screen and turns text red. */
export const ESCAPING_NAME = 'report\x1b]0;owned\x07\x1b[2J\x1b[31m\u202egnp.txt';

/** Bytes from a seeded generator: the same corpus on every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let k = 0; k < length; k++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[k] = state >>> 24;
  }
  return bytes;
}

interface Built {
  name: string;
  what: string;
  bytes: () => Uint8Array;
  expectation: Expectation;
}

const tinyParagraphs = paragraph('1').repeat(Math.floor(MB / paragraph('1').length));
const unit = (name: string) => ADVERSARIAL_UNITS.find((u) => u.name === name)!.unit;

const CORPUS: readonly Built[] = [
  { name: 'zip-bomb.docx', what: 'a 1 MB .docx whose document.xml unpacks to 1 GB', bytes: () => craftDocx(' '.repeat(MB), { times: 1024 }), expectation: refused('too-large') },
  { name: 'paragraphs-200mb.docx', what: 'a 600 KB .docx of 200 MB of tiny paragraphs', bytes: () => craftDocx(tinyParagraphs, { times: 200 }), expectation: refused('too-large') },
  {
    name: 'lying-directory.docx',
    what: 'a .docx whose directory says 1 MB for a document.xml of 100 MB',
    bytes: () => craftDocx(tinyParagraphs, { times: 100, declaredSize: MB }),
    expectation: refused('corrupt'),
  },
  {
    name: 'deep-nesting.html',
    what: 'HTML nested 100 000 elements deep',
    bytes: () => utf8('<div><span>'.repeat(100_000) + 'Water use fell 12%' + '</span></div>'.repeat(100_000)),
    expectation: READ,
  },
  { name: 'semicolons-5mb.txt', what: '5 MB of sentences separated by `;`', bytes: () => utf8(repeatTo(unit('sentences separated by `;`'), 5 * MB)), expectation: READ },
  { name: 'ampersands.txt', what: '1 MB of `&` runs and entities between figures', bytes: () => utf8(repeatTo('&&&&&a;1 ', MB)), expectation: READ },
  { name: 'numerals.txt', what: '1 MB of `一亿` and `二分之`', bytes: () => utf8(repeatTo('一亿'.repeat(1000) + '二分之'.repeat(1000), MB)), expectation: READ },
  { name: 'unclosed-markup.md', what: '1 MB of `<script>` and `<a` never closed', bytes: () => utf8(repeatTo('<script>1 <a', MB)), expectation: READ },
  { name: ESCAPING_NAME, what: 'a file name with terminal escape sequences and a bidi override', bytes: () => utf8('Emissions fell 12% in 2023.\n'), expectation: READ },
  ...['pdf', 'docx', 'html', 'txt', 'md'].map((extension, k): Built => ({
    name: `random.${extension}`,
    what: `64 KB of random bytes named .${extension}`,
    bytes: () => randomBytes(64 * 1024, 17 + k),
    expectation: { outcome: 'read-or-refused' },
  })),
  {
    name: 'random-after-signature.pdf',
    what: 'a PDF signature followed by random bytes',
    bytes: () => new Uint8Array([...utf8('%PDF-1.7\n'), ...randomBytes(64 * 1024, 99)]),
    expectation: refused('corrupt'),
  },
];

/** Writes the corpus into `dir` and lists each input with what importing it must end in. */
export function generateHostileCorpus(dir: string): HostileInput[] {
  mkdirSync(dir, { recursive: true });
  return CORPUS.map(({ name, what, bytes, expectation }) => {
    const path = join(dir, name);
    writeFileSync(path, bytes());
    return { path, what, expectation };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/hostile/generate.ts DIR');
    process.exit(2);
  }
  for (const input of generateHostileCorpus(resolve(dir))) console.log(JSON.stringify(input));
}
