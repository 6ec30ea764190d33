// Latencies an auditor feels, measured in the real renderer (Debian Chromium, real IndexedDB, the
// real backend bridged in): a verdict keystroke until its transaction committed, and a PDF page
// painted in the source pane. Both come from the app's own User Timing measures.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { builtShell, type BuiltShell } from '../../e2e/support/built-shell';
import { median, percentile } from './stats';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const seedReport = resolve(root, '../shared/seeds/alipay-2019-2020-sustainability-report.txt');
const pdfFixture = (name: string) => resolve(root, '../shared/fixtures/pdf', name);
const pdfReport = pdfFixture('alipay-2019-2020-excerpt.pdf');
// CJK text printed by Chromium: a Type 3 font per character, the slowest first pages we have.
const cjkExcerpt = pdfFixture('alibaba-esg-2022-excerpt.pdf');
const cjkFull = pdfFixture('alibaba-esg-2022-full.pdf');
const VERDICTS = 60;
const CJK_ROUNDS = 10;

export interface ReviewLatency {
  /** A verdict key's event time until "Saved" is in the DOM (the transaction committed and the journal entry fsync'd). */
  verdictKeyToSavedMs: number[];
  verdictCommitMs: number[];
  /** Of each verdict's save: its IndexedDB transaction, and its journal append (binding, validation, write, fsync). */
  verdictTransactionMs: number[];
  verdictJournalMs: number[];
  pageRenderMs: number[];
  /** The first page of a CJK report not shown before, chosen in the Document filter as soon as its import ended. */
  cjkFirstPageAfterImportMs: number[];
  /** The same, reached with `j` from the previous report's last figure. */
  cjkFirstPageWithJMs: number[];
  /** The same report chosen in the Document filter after a restart, once the app has prepared its reports' first pages. */
  cjkFirstPageAfterRestartMs: number[];
  /** From the restarted app's start until those pages were prepared. */
  cjkPreparedAfterStartMs: number[];
  markdown: string;
}

interface PageMeasure {
  duration: number;
  documentId: string;
  page: number;
}

async function startEngagement(page: Page): Promise<void> {
  await page.getByLabel('Your name').fill('Bench');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  // The page behind the welcome dialog is inert until saving the name has closed it.
  await page.getByRole('dialog', { name: 'Welcome to Tickmark' }).waitFor({ state: 'hidden' });
  await page.getByLabel('Engagement name').fill('Bench');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  // An import chosen before the engagement is open is refused ("create an engagement first").
  await page.getByRole('heading', { name: 'Drop a report here' }).waitFor();
}

async function newEngagement(page: Page, name: string): Promise<void> {
  await page.getByTitle('New engagement').click();
  await page.getByRole('dialog').getByLabel('Engagement name').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Create engagement' }).click();
  await page.getByRole('heading', { name: 'Drop a report here' }).waitFor();
}

async function importFile(page: Page, path: string): Promise<void> {
  const before = await page.getByRole('region', { name: 'Imports' }).getByText(/Imported/).count().catch(() => 0);
  await page.getByLabel(/Import reports/).setInputFiles(path);
  await page
    .getByRole('region', { name: 'Imports' })
    .getByText(/Imported/)
    .nth(before)
    .waitFor({ timeout: 120_000 });
}

const measures = (page: Page, name: string) =>
  page.evaluate((measure) => performance.getEntriesByName(measure).map((entry) => entry.duration), name);

const pageMeasures = (page: Page, name: string): Promise<PageMeasure[]> =>
  page.evaluate(
    (measure) =>
      performance.getEntriesByName(measure).map((entry) => {
        const { documentId, page } = (entry as PerformanceMeasure).detail as Omit<PageMeasure, 'duration'>;
        return { duration: entry.duration, documentId, page };
      }),
    name,
  );

/** Wait for the next page painted after `before` measures, and return it. */
async function nextPaint(page: Page, before: number): Promise<PageMeasure> {
  await page.waitForFunction((n) => performance.getEntriesByName('tickmark:pdf-page-render').length > n, before, { timeout: 30_000 });
  return (await pageMeasures(page, 'tickmark:pdf-page-render')).at(-1)!;
}

/** Show `documentName`'s first figure by choosing the report in the Document filter, and time its page. */
async function firstPageFromFilter(page: Page, documentName: string): Promise<number> {
  const before = (await pageMeasures(page, 'tickmark:pdf-page-render')).length;
  await page.getByLabel('Document').selectOption({ label: documentName });
  await page.getByTestId('figure-row').first().click();
  return (await nextPaint(page, before)).duration;
}

/**
 * Reload the app (its engagement reopens; pdf.js starts afresh) and wait until the first page of
 * each of its `reports` PDF reports is painted (the one on screen) or prepared (the others); the
 * time from the reload's start until then.
 */
async function reloadUntilPrepared(page: Page, reports: number): Promise<number> {
  await page.reload();
  const prepared = await page.waitForFunction(
    (count) => {
      const entries = ['tickmark:pdf-page-render', 'tickmark:pdf-page-prepare'].flatMap((name) => performance.getEntriesByName(name));
      const documents = new Set(entries.map((entry) => (entry as PerformanceMeasure).detail.documentId as string));
      return documents.size >= count && Math.max(...entries.map((entry) => entry.startTime + entry.duration));
    },
    reports,
    { timeout: 30_000 },
  );
  return (await prepared.jsonValue()) as number;
}

/** From the English report's last figure, press j into the next report, and time that page. */
async function firstPageWithJ(page: Page): Promise<number> {
  const queue = page.getByRole('listbox', { name: 'Figures' });
  const selected = queue.getByRole('option', { selected: true });
  // The KPI table's last row ends the English report; the Chinese excerpt's first figure follows it.
  await page.getByLabel('Document').selectOption({ label: 'alipay-2019-2020-excerpt.pdf' });
  await queue.focus();
  for (let step = 0; !(await selected.locator('.cell-text').innerText()).replace(/\s+/g, ' ').includes('389 million'); step++) {
    if (step > 200) throw new Error('The English report has no figure "389 million"');
    await page.keyboard.press('j');
  }
  await page.locator('.tm-pdf-view[data-state=rendered][data-page="4"]').waitFor();
  await page.getByLabel('Document').selectOption({ label: 'All documents' });
  await queue.focus();
  // As an auditor reading that figure would: long enough for the report not shown yet to be prepared.
  await page.waitForFunction(
    () => {
      const painted = new Set(performance.getEntriesByName('tickmark:pdf-page-render').map((entry) => (entry as PerformanceMeasure).detail.documentId));
      return performance.getEntriesByName('tickmark:pdf-page-prepare').some((entry) => !painted.has((entry as PerformanceMeasure).detail.documentId));
    },
    undefined,
    { timeout: 30_000 },
  );
  const before = (await pageMeasures(page, 'tickmark:pdf-page-render')).length;
  await page.keyboard.press('j');
  return (await nextPaint(page, before)).duration;
}

/** The save indicator's rise to "Saved", seen from outside the app: a key's event time, then "Saved" in the DOM and painted. */
function watchSaves(): void {
  const probe = { keys: [] as number[], saved: [] as number[], painted: [] as number[] };
  Object.assign(window, { tickmarkSaveProbe: probe });
  window.addEventListener('keydown', (event) => probe.keys.push(event.timeStamp), { capture: true });
  const status = document.querySelector('.save-indicator')!;
  let saved = status.classList.contains('save-saved');
  new MutationObserver(() => {
    const now = status.classList.contains('save-saved');
    if (now && !saved) {
      probe.saved.push(performance.now());
      // After the frame that shows it: the next task once the frame's callbacks ran.
      requestAnimationFrame(() => setTimeout(() => probe.painted.push(performance.now())));
    }
    saved = now;
  }).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
}

export interface VerdictLatency {
  /** The key's event time until "Saved" is in the DOM, and until the frame showing it was painted. */
  keyToSaved: number[];
  keyToPainted: number[];
  /** The app's own measure (from its key handler to the committed, journalled save), and its two halves. */
  commit: number[];
  transaction: number[];
  journal: number[];
}

/**
 * Confirm `count` figures one after another, as an auditor would (`c` confirms and moves to the
 * next open one), from the queue's first row; each key waits for the previous "Saved".
 */
export async function confirmFigures(page: Page, count: number): Promise<VerdictLatency> {
  await page.getByTestId('figure-row').first().click();
  await page.evaluate(watchSaves);
  const from = await page.evaluate(() => performance.now());
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('c');
    await page.waitForFunction((n) => (window as unknown as { tickmarkSaveProbe: { painted: number[] } }).tickmarkSaveProbe.painted.length > n, i);
  }
  const probe = await page.evaluate(() => (window as unknown as { tickmarkSaveProbe: { keys: number[]; saved: number[]; painted: number[] } }).tickmarkSaveProbe);
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('measure').flatMap((entry) => (entry.name.startsWith('tickmark:') ? [{ name: entry.name, start: entry.startTime, duration: entry.duration }] : [])),
  );
  const durations = (measure: string) => entries.flatMap((entry) => (entry.name === measure && entry.start >= from ? [entry.duration] : []));
  return {
    keyToSaved: probe.saved.map((at, i) => at - probe.keys[i]!),
    keyToPainted: probe.painted.map((at, i) => at - probe.keys[i]!),
    commit: durations('tickmark:verdict-commit'),
    transaction: durations('tickmark:commit-transaction'),
    journal: durations('tickmark:commit-journal'),
  };
}

export async function benchReviewLatency(): Promise<ReviewLatency> {
  const loadBefore = loadavg()[0]!;
  const workDir = await mkdtemp(join(tmpdir(), 'tickmark-bench-'));
  // The shell as `npm run build` builds it: the backend bundle the app ships, as the e2e suite runs it.
  const { launchChromiumShell } = await builtShell();
  const shell = await launchChromiumShell({ chooseSavePath: async () => null, logBlocked: true });
  try {
    const { page } = shell;
    await startEngagement(page);
    const seedCopy = join(workDir, 'alipay-2019-2020-sustainability-report.txt');
    await copyFile(seedReport, seedCopy);
    await importFile(page, seedCopy);

    const verdicts = await confirmFigures(page, VERDICTS);
    const { commit: verdictCommitMs, transaction: verdictTransactionMs, journal: verdictJournalMs } = verdicts;

    // A PDF: select figures on several pages and let the source pane paint each page.
    await importFile(page, pdfReport);
    await page.getByLabel('Document').selectOption({ label: 'alipay-2019-2020-excerpt.pdf' });
    await page.getByTestId('figure-row').first().click();
    // Each figure on another page paints that page; then page through the report with the toolbar.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(60);
    }
    const renders = () => measures(page, 'tickmark:pdf-page-render').then((entries) => entries.length);
    for (const [label, times] of [['Previous page', 3], ['Next page', 3]] as const) {
      for (let i = 0; i < times * 4; i++) {
        const button = page.getByRole('button', { name: label });
        if (await button.isDisabled()) break;
        const before = await renders();
        await button.click();
        await page.waitForFunction((n) => performance.getEntriesByName('tickmark:pdf-page-render').length > n, before);
      }
    }
    const pageRenderMs = await measures(page, 'tickmark:pdf-page-render');

    // CJK reports, each opened for the first time (fresh engagements, so no page is cached): from
    // the Document filter as soon as the import ends, with j from the report before it, and from
    // the filter after a restart, once the app has prepared the page.
    const cjkFirstPageAfterImportMs: number[] = [];
    const cjkFirstPageWithJMs: number[] = [];
    const cjkFirstPageAfterRestartMs: number[] = [];
    const cjkPreparedAfterStartMs: number[] = [];
    for (let round = 0; round < CJK_ROUNDS; round++) {
      await newEngagement(page, `CJK ${round}`);
      await importFile(page, pdfReport);
      await importFile(page, cjkExcerpt);
      await importFile(page, cjkFull);
      cjkFirstPageAfterImportMs.push(await firstPageFromFilter(page, 'alibaba-esg-2022-full.pdf'));
      cjkFirstPageWithJMs.push(await firstPageWithJ(page));
      cjkPreparedAfterStartMs.push(await reloadUntilPrepared(page, 3));
      cjkFirstPageAfterRestartMs.push(await firstPageFromFilter(page, 'alibaba-esg-2022-full.pdf'));
    }

    const fmt = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} ms / ${percentile(xs, 95).toFixed(0)} ms (n = ${xs.length})` : 'not measured');
    const markdown = [
      '| what | p50 / p95 |',
      '| --- | --- |',
      ...verdictRows(verdicts, fmt),
      `| PDF page painted in the source pane (request → canvas): figures on other pages, then paging with the toolbar, alipay-2019-2020-excerpt.pdf | ${fmt(pageRenderMs)} |`,
      `| first page of a CJK report not shown before, chosen in the Document filter as soon as its import ended (alibaba-esg-2022-full.pdf) | ${fmt(cjkFirstPageAfterImportMs)} |`,
      `| first page of a CJK report not shown before, reached with j from the report before it (alibaba-esg-2022-excerpt.pdf) | ${fmt(cjkFirstPageWithJMs)} |`,
      `| first page of a CJK report after a restart, chosen in the Document filter once the app has prepared its reports (alibaba-esg-2022-full.pdf) | ${fmt(cjkFirstPageAfterRestartMs)} |`,
      `| restart → the first pages of the engagement's 3 PDF reports painted (the one on screen) or prepared (app start and engagement reopened included) | ${fmt(cjkPreparedAfterStartMs)} |`,
      '',
      `Targets: a page under 200 ms; a verdict saved under 50 ms (p95). Measured in Debian Chromium, headless, through the Chromium shell; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`,
    ].join('\n');
    return { verdictKeyToSavedMs: verdicts.keyToSaved, verdictCommitMs, verdictTransactionMs, verdictJournalMs, pageRenderMs, cjkFirstPageAfterImportMs, cjkFirstPageWithJMs, cjkFirstPageAfterRestartMs, cjkPreparedAfterStartMs, markdown };
  } finally {
    await shell.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The verdict rows of the review table. */
export const verdictRows = (verdicts: VerdictLatency, fmt: (xs: number[]) => string): string[] => [
  `| verdict keystroke → "Saved" shown: the key's event time until the indicator says Saved (its IndexedDB transaction committed and its journal entry fsync'd; the transaction is not flushed on its own while the journal keeps its events), seed report loaded | ${fmt(verdicts.keyToSaved)} |`,
  `| … until the frame showing "Saved" was painted | ${fmt(verdicts.keyToPainted)} |`,
  `| … the app's own measure (its key handler until the save resolved) | ${fmt(verdicts.commit)} |`,
  `| … of which the IndexedDB transaction | ${fmt(verdicts.transaction)} |`,
  `| … of which the journal append after it (Playwright binding, validation, write, fdatasync) | ${fmt(verdicts.journal)} |`,
];

/** `--verdicts [n]`: only the verdict rows, from a fresh shell; `--shell <chromium-shell.js>` runs another build (to compare two). */
async function benchVerdictsOnly(count: number, shellModule: string | undefined): Promise<string> {
  const loadBefore = loadavg()[0]!;
  const { launchChromiumShell } = shellModule ? ((await import(pathToFileURL(resolve(shellModule)).href)) as BuiltShell) : await builtShell();
  const shell = await launchChromiumShell({ chooseSavePath: async () => null, logBlocked: true });
  const workDir = await mkdtemp(join(tmpdir(), 'tickmark-bench-'));
  try {
    await startEngagement(shell.page);
    const seedCopy = join(workDir, 'alipay-2019-2020-sustainability-report.txt');
    await copyFile(seedReport, seedCopy);
    await importFile(shell.page, seedCopy);
    const verdicts = await confirmFigures(shell.page, count);
    const fmt = (xs: number[]) => `${median(xs).toFixed(1)} ms / ${percentile(xs, 95).toFixed(1)} ms (n = ${xs.length})`;
    return [
      `${shellModule ?? 'dist'}: load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
      '| what | p50 / p95 |',
      '| --- | --- |',
      ...verdictRows(verdicts, fmt),
    ].join('\n');
  } finally {
    await shell.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

const argAfter = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--verdicts')) {
  const count = Number(argAfter('--verdicts') ?? '') || VERDICTS;
  benchVerdictsOnly(count, argAfter('--shell')).then(
    (markdown) => console.log(markdown),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchReviewLatency().then(
    (result) => console.log(result.markdown),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
