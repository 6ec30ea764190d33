import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { forTerminal, saveIntoFolder } from './save-folder';
import { launchChromiumShell } from './shell';

/**
 * `npm run start:chromium`: the app in a visible Chromium window, until the window is closed.
 *
 * - Profile (the app's IndexedDB): `TICKMARK_USER_DATA_DIR`, or `$XDG_CONFIG_HOME/tickmark-chromium`
 *   (~/.config/tickmark-chromium), kept between runs like Electron's.
 * - There is no native save dialog here: an export is saved under its suggested name into
 *   `TICKMARK_SAVE_DIR`, or ~/Downloads when it exists, or the current directory, and the path is
 *   printed in this terminal.
 * - `TICKMARK_RENDERER_DIR` serves another renderer build than dist/renderer.
 */

const configHome = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
const userDataDir = process.env.TICKMARK_USER_DATA_DIR || join(configHome, 'tickmark-chromium');
const downloads = join(homedir(), 'Downloads');
const saveDir = process.env.TICKMARK_SAVE_DIR || (existsSync(downloads) ? downloads : process.cwd());

async function main(): Promise<void> {
  const shell = await launchChromiumShell({
    headless: false,
    userDataDir,
    rendererDir: process.env.TICKMARK_RENDERER_DIR || undefined,
    chooseSavePath: saveIntoFolder(saveDir, (line) => console.log(line)),
  });
  console.log(`Tickmark is open in Chromium (profile ${forTerminal(userDataDir)}). Close its window to quit.`);
  const stop = () => void shell.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await shell.closed;
  await shell.close();
}

main().catch((error: unknown) => {
  console.error(forTerminal(error instanceof Error ? error.message : String(error)));
  process.exit(1);
});
