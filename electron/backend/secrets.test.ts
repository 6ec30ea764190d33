import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_PERMISSIONS_ONLY, safeStorageProtector, type SafeStorageLike } from './secrets';
import { loadSigningKey, SIGNING_KEY_FILE } from './trail/signing-key';

/** Electron's safeStorage as a test can have it: a reversible transform standing in for the OS key store. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => flip(Buffer.from(`sealed:${text}`)),
    decryptString: (encrypted) => flip(encrypted).toString().replace(/^sealed:/, ''),
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-secrets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('keeping the signing key at rest', () => {
  it('uses the OS key store where safeStorage really encrypts, and reads the key back through it', async () => {
    const secrets = safeStorageProtector(fakeSafeStorage('gnome_libsecret'));
    expect(secrets.protection).toBe('os-keystore');
    const made = await loadSigningKey(join(dir, 'keystore'), secrets);
    const file = JSON.parse(await readFile(join(dir, 'keystore', SIGNING_KEY_FILE), 'utf8')) as { protection: string; privateKey: string };
    expect(file.protection).toBe('os-keystore');
    // What is on disk is not the PKCS #8 key itself (which starts 30 2e 02 01 00 for Ed25519).
    expect(Buffer.from(file.privateKey, 'base64').subarray(0, 2).toString('hex')).not.toBe('302e');
    const again = await loadSigningKey(join(dir, 'keystore'), secrets);
    expect(again.fingerprint).toBe(made.fingerprint);
    const seal = again.seal({ form: 1, engagementId: 'e', engagementName: 'E', eventCount: 0, headHash: '0'.repeat(64), sealedAt: '2026-11-29T00:00:00.000Z', signer: 'Li Wei', role: 'preparer' });
    expect(seal.publicKey).toBe(made.publicKey);
  });

  it("counts Linux's basic_text fallback, or no encryption at all, as no protection", () => {
    expect(safeStorageProtector(fakeSafeStorage('basic_text')).protection).toBe('file-permissions');
    expect(safeStorageProtector(fakeSafeStorage('gnome_libsecret', false)).protection).toBe('file-permissions');
  });

  it('without a key store, keeps the key in a file only its owner can read', async () => {
    await loadSigningKey(join(dir, 'plain'), FILE_PERMISSIONS_ONLY);
    expect((await stat(join(dir, 'plain', SIGNING_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('refuses to use a key locked by the key store when the key store is gone, rather than make another', async () => {
    await loadSigningKey(join(dir, 'locked'), safeStorageProtector(fakeSafeStorage('kwallet5')));
    await expect(loadSigningKey(join(dir, 'locked'), FILE_PERMISSIONS_ONLY)).rejects.toThrow(/locked by the OS key store/);
  });
});
