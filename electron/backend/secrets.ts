/**
 * How the Node side keeps a secret at rest (the installation's signing key). Electron passes its
 * `safeStorage`, which encrypts with the OS key store (Keychain, DPAPI, libsecret/kwallet); where
 * there is none (the CLI, the Chromium shell, a Linux box without a keyring) the secret is kept in a
 * file only its owner may read, and the storage status says so.
 */
export interface SecretProtector {
  /** `os-keystore` when `protect` really encrypts; `file-permissions` when it only wraps. */
  readonly protection: 'os-keystore' | 'file-permissions';
  protect(secret: Uint8Array): Uint8Array;
  reveal(stored: Uint8Array): Uint8Array;
}

/** No OS key store: the secret is stored as is, in a file created with mode 0600. */
export const FILE_PERMISSIONS_ONLY: SecretProtector = {
  protection: 'file-permissions',
  protect: (secret) => secret,
  reveal: (stored) => stored,
};

/** The part of Electron's `safeStorage` that protecting a secret needs. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * Electron's safeStorage where it really encrypts. On Linux without a keyring Electron falls back to
 * `basic_text`, a hard-coded key: that is not protection, so it counts as none.
 */
export function safeStorageProtector(safeStorage: SafeStorageLike): SecretProtector {
  const backend = safeStorage.getSelectedStorageBackend?.();
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text') return FILE_PERMISSIONS_ONLY;
  return {
    protection: 'os-keystore',
    protect: (secret) => new Uint8Array(safeStorage.encryptString(Buffer.from(secret).toString('base64'))),
    reveal: (stored) => new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(stored)), 'base64')),
  };
}
