import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { API_GLOBAL, CHANNEL_NAMES, EVENT_NAMES, type EventName, type EventOf } from '../../shared/ipc/contract';
import { FILE_PERMISSIONS_ONLY } from '../backend/secrets';
import { startBackend, type Backend } from '../backend/start-backend';
import { serveRendererFile } from '../node/renderer-files';
import { CALL_REFUSALS } from '../../shared/ipc/call-refusals';
import { isOnOrigin, isTrustedSender } from '../../shared/security/request-policy';
import { chromiumLaunchOptions, runsAsRoot } from './browser-launch';
import { findChromium, systemLookup } from './find-browser';
import { pageBridgeScript } from './page-bridge';
import { writeAppPreferences } from './profile-preferences';

/**
 * The Chromium shell: the Node-side twin of Electron's main for Debian's Chromium, driven by
 * Playwright, with no server and no port. The renderer is fulfilled from dist/renderer at one
 * fixed https origin (a route-fulfilled https origin is a secure context with IndexedDB), every
 * other request is aborted, and `window.tickmark` is backed by the same backend main runs.
 */

/** The shell's renderer origin; IndexedDB data in a profile belongs to it, so it never changes. */
export const SHELL_ORIGIN = 'https://tickmark.invalid';
export const SHELL_ENTRY_URL = `${SHELL_ORIGIN}/`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_RENDERER_DIR = join(ROOT, 'dist', 'renderer');

const BINDING = '__tickmarkShellInvoke';
const EMIT = '__tickmarkShellEmit';

export interface ChromiumShellOptions {
  /** Default true. A headed shell needs a display (see scripts/start-chromium.mjs for xvfb-run). */
  headless?: boolean;
  /** A persistent profile (IndexedDB survives close and reopen); default a fresh temporary one, removed on close. */
  userDataDir?: string;
  /** The renderer build to serve; default dist/renderer. */
  rendererDir?: string;
  /** The browser; default the first of CHROMIUM_PATH, /usr/bin/chromium, Playwright's download. */
  executablePath?: string;
  /** The app's data folder (journal, originals, signing key); default `Tickmark` inside the profile. */
  dataDir?: string;
  /** Answers the save dialog: the path to write to, or null for cancel. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Called after the context is set up and before the app is loaded, e.g. to record requests from the first one. */
  beforeLoad?(context: BrowserContext): void | Promise<void>;
  /** Log every request the shell blocks (default true). */
  logBlocked?: boolean;
  /** The OS locale the page sees (navigator.languages), e.g. `zh-CN`; default the browser's own. */
  locale?: string;
}

export interface ChromiumShell {
  context: BrowserContext;
  /** The app's window. */
  page: Page;
  userDataDir: string;
  /** Settles when the browser goes away, by close() or because the auditor closed the window. */
  closed: Promise<void>;
  close(): Promise<void>;
}

function appVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function browserPath(explicit: string | undefined): string {
  if (explicit) return explicit;
  const found = findChromium(systemLookup(() => chromium.executablePath()));
  if (!found.ok) throw new Error(found.message);
  return found.path;
}

export async function launchChromiumShell(options: ChromiumShellOptions): Promise<ChromiumShell> {
  const headless = options.headless ?? true;
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No renderer build at ${rendererDir}: run \`npm run build\` first.`);
  }
  const temporaryProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'tickmark-chromium-')));

  await writeAppPreferences(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath(options.executablePath),
    ...chromiumLaunchOptions({ headless, runsAsRoot: runsAsRoot() }),
    ...(options.locale ? { locale: options.locale } : {}),
    serviceWorkers: 'block',
    acceptDownloads: false,
    permissions: [],
  });
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  // Headed, the app window Chromium opened with --app; headless, Playwright's first page.
  const page = context.pages()[0] ?? (await context.newPage());

  let backend: Backend | null = null;
  try {
    backend = startBackend({
      appInfo: { version: appVersion(), shell: 'chromium' },
      dataDir: options.dataDir ?? join(userDataDir, 'Tickmark'),
      // No OS key store is reachable from here: the key file is readable by its owner only.
      secrets: FILE_PERMISSIONS_ONLY,
      // No save dialog asks here: an export never replaces a file that is already there.
      dialogConfirmsOverwrite: false,
      chooseSavePath: options.chooseSavePath,
      emit: <E extends EventName>(event: E, payload: EventOf<E>) => {
        page
          .evaluate(([emit, name, value]) => (window as unknown as Record<string, (e: unknown, p: unknown) => void>)[emit]?.(name, value), [EMIT, event, payload] as const)
          .catch(() => undefined); // the page is reloading or closed: nobody is listening
      },
    });
    const dispatch = backend.dispatch;

    await context.exposeBinding(BINDING, ({ page: sender, frame }, channel: unknown, request: unknown) => {
      if (!isTrustedSender({ url: frame.url(), isOurMainFrame: sender === page && frame === page.mainFrame() }, SHELL_ORIGIN)) {
        throw new Error(CALL_REFUSALS.notFromWindow.say(channel));
      }
      return dispatch(channel, request);
    });
    await context.addInitScript({
      content: pageBridgeScript({ apiGlobal: API_GLOBAL, bindingName: BINDING, emitName: EMIT, channels: CHANNEL_NAMES, events: EVENT_NAMES }),
    });
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (!isOnOrigin(request.url(), SHELL_ORIGIN)) {
        if (options.logBlocked ?? true) console.warn(`[tickmark] blocked request to ${request.url()}`);
        return route.abort('blockedbyclient');
      }
      const answer = await serveRendererFile(rendererDir, request.method(), new URL(request.url()).pathname);
      return route.fulfill({ status: answer.status, headers: answer.headers, body: Buffer.from(answer.body) });
    });
    // Electron denies window.open; here a new window is closed as soon as it appears.
    context.on('page', (other) => {
      if (other !== page) void other.close();
    });
    await options.beforeLoad?.(context);
    await page.goto(SHELL_ENTRY_URL);
  } catch (error) {
    await backend?.close();
    await context.close();
    if (temporaryProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const running = backend;
  let closing: Promise<void> | null = null;
  return {
    context,
    page,
    userDataDir,
    closed,
    close: () =>
      (closing ??= (async () => {
        await context.close();
        await running.close();
        if (temporaryProfile) await rm(userDataDir, { recursive: true, force: true });
      })()),
  };
}
