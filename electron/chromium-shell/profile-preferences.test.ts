import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withAppPreferences, writeAppPreferences } from './profile-preferences';

const OFF = { credentials_enable_service: false, autofill: { profile_enabled: false, credit_card_enabled: false } };

describe('withAppPreferences', () => {
  it('turns the password manager and autofill off, keeping every other preference', () => {
    const existing = { credentials_enable_service: true, autofill: { profile_enabled: true, last_version_deduped: 156 }, browser: { window_placement: { left: 10 } } };
    expect(withAppPreferences(existing)).toEqual({
      credentials_enable_service: false,
      autofill: { profile_enabled: false, credit_card_enabled: false, last_version_deduped: 156 },
      browser: { window_placement: { left: 10 } },
    });
  });

  it.each([undefined, null, 'garbage', [1, 2], { autofill: 'not an object' }])('starts over from %j where there is nothing to keep', (existing) => {
    expect(withAppPreferences(existing)).toMatchObject(OFF);
  });
});

describe('writeAppPreferences', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes Default/Preferences into a new profile and merges into an existing one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-prefs-'));
    const file = join(dir, 'Default', 'Preferences');
    await writeAppPreferences(dir);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(OFF);

    await mkdir(join(dir, 'Default'), { recursive: true });
    await writeFile(file, JSON.stringify({ credentials_enable_service: true, session: { restore_on_startup: 1 } }));
    await writeAppPreferences(dir);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...OFF, session: { restore_on_startup: 1 } });
  });
});
