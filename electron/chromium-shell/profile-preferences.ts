import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Chromium's own helpers that have no place in Tickmark's window: the password manager would offer
 * to keep a PDF's password, autofill to keep what the auditor types. They are preferences, not
 * command-line switches, so they are written into the profile before each launch.
 */
export const APP_PREFERENCES = {
  credentials_enable_service: false,
  autofill: { profile_enabled: false, credit_card_enabled: false },
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function merged(base: Json, override: Json): Json {
  const result: Json = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = isObject(value) && isObject(current) ? merged(current, value) : value;
  }
  return result;
}

/** The profile's preferences with ours set and everything else kept; a file that is not a JSON object counts as empty. */
export function withAppPreferences(existing: unknown): Json {
  return merged(isObject(existing) ? existing : {}, APP_PREFERENCES);
}

/** Set our preferences in the profile at `userDataDir` (its `Default/Preferences`), creating it if new. */
export async function writeAppPreferences(userDataDir: string): Promise<void> {
  const dir = join(userDataDir, 'Default');
  const file = join(dir, 'Preferences');
  let existing: unknown = {};
  try {
    existing = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // A new profile, or a file Chromium would reset anyway.
  }
  await mkdir(dir, { recursive: true });
  await writeFile(file, JSON.stringify(withAppPreferences(existing)));
}
