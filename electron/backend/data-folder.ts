import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the app keeps its own files (the journal, the originals, the signing key): the folder
 * Electron calls `userData` for an app named Tickmark, so the CLI finds what the app wrote.
 * `TICKMARK_DATA_DIR` overrides it.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TICKMARK_DATA_DIR) return env.TICKMARK_DATA_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Tickmark');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Tickmark');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Tickmark');
}
