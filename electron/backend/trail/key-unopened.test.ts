import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_PERMISSIONS_ONLY, safeStorageProtector } from '../secrets';
import { loadSigningKey, SIGNING_KEY_FILE } from './signing-key';
import { keyUnopened } from './trail-handlers';

// Why the signing key could not be opened, as a reason the UI says in its own language: a damaged
// key file, one locked by an OS key store that is gone, or what the file system said; only another
// library's own words are left as the reason's detail.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-key-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The failure an export answers when the key in `dataDir` does not open. */
async function refusal(dataDir: string, secrets = FILE_PERMISSIONS_ONLY) {
  const error: unknown = await loadSigningKey(dataDir, secrets).then(
    () => new Error('the key opened'),
    (thrown: unknown) => thrown,
  );
  return keyUnopened(error);
}

describe('a signing key that does not open', () => {
  it('is damaged where its file is not a key file, and names the file', async () => {
    await mkdir(join(dir, 'damaged'));
    await writeFile(join(dir, 'damaged', SIGNING_KEY_FILE), '{ "form": 1, "algorithm": "ed25');
    const failure = await refusal(join(dir, 'damaged'));
    expect(failure.reason).toEqual({ code: 'key.damaged', params: { path: join(dir, 'damaged', SIGNING_KEY_FILE) } });
    expect(failure.message).toMatch(/is damaged; move it aside/);
  });

  it('is locked where the OS key store that protects it is not available', async () => {
    const keyStore = { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'kwallet5', encryptString: (text: string) => Buffer.from(text), decryptString: (bytes: Buffer) => bytes.toString() };
    await loadSigningKey(join(dir, 'locked'), safeStorageProtector(keyStore));
    const failure = await refusal(join(dir, 'locked'));
    expect(failure.reason).toEqual({ code: 'key.locked', params: { path: join(dir, 'locked', SIGNING_KEY_FILE) } });
  });

  it('says what the file system said where the key file cannot be read', async () => {
    await mkdir(join(dir, 'folder', SIGNING_KEY_FILE), { recursive: true });
    const failure = await refusal(join(dir, 'folder'));
    expect(failure.reason).toEqual({ code: 'key.unreadable', file: { code: 'folder' } });
  });

  it('keeps any other error’s own words as its detail', () => {
    expect(keyUnopened(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')).reason).toEqual({
      code: 'key.unopened',
      detail: 'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
    });
  });
});
