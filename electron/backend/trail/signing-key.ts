import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { keyFingerprint, sealPayload, type TrailSeal } from '../../../shared/audit/seal';
import { writeFileAtomic } from '../files';
import type { SecretProtector } from '../secrets';

/**
 * The installation's Ed25519 signing key: made on first use, kept in the data folder with its
 * private half protected by the OS key store where there is one (see secrets.ts), and used only
 * here, on the Node side: nothing the renderer can call returns it.
 */
export interface SigningKey {
  publicKey: string;
  fingerprint: string;
  protection: SecretProtector['protection'];
  /** Seal a trail: sign everything in `seal` but the signature. */
  seal(unsigned: Omit<TrailSeal, 'publicKey' | 'signature'>): TrailSeal;
}

export const SIGNING_KEY_FILE = 'signing-key.json';

/** A key file that is there but cannot be used: damaged, or locked by an OS key store that is not available now. */
export class SigningKeyRefused extends Error {
  constructor(
    readonly why: 'damaged' | 'locked',
    readonly path: string,
  ) {
    super(
      why === 'damaged'
        ? `The signing key in ${path} is damaged; move it aside to make a new one.`
        : `The signing key in ${path} is locked by the OS key store, which is not available now.`,
    );
  }
}

/** The key file's fields, or null where it is not JSON of the key file's form. */
function keyFile(stored: string): z.infer<typeof KeyFileSchema> | null {
  try {
    const parsed = KeyFileSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const KeyFileSchema = z.object({
  form: z.literal(1),
  algorithm: z.literal('ed25519'),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  protection: z.enum(['os-keystore', 'file-permissions']),
  /** PKCS #8 DER of the private key, through the protector, base64. */
  privateKey: z.string(),
  createdAt: z.string(),
});

/** An Ed25519 SPKI DER is this 12-byte header and the 32-byte raw key. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyObject(publicKeyHex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(publicKeyHex, 'hex')]), format: 'der', type: 'spki' });
}

/** Whether `seal.signature` is the signature of the seal's other fields by `seal.publicKey`. */
export function sealSignatureValid(seal: TrailSeal): boolean {
  if (!/^[0-9a-f]{64}$/.test(seal.publicKey) || !/^[0-9a-f]{128}$/.test(seal.signature)) return false;
  const { signature, ...signed } = seal;
  try {
    return verify(null, sealPayload(signed), publicKeyObject(seal.publicKey), Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

function signingKey(privateKey: KeyObject, publicKey: string, protection: SigningKey['protection']): SigningKey {
  return {
    publicKey,
    fingerprint: keyFingerprint(publicKey),
    protection,
    seal: (unsigned) => {
      const withKey = { ...unsigned, publicKey };
      return { ...withKey, signature: sign(null, sealPayload(withKey), privateKey).toString('hex') };
    },
  };
}

/** The installation's key from `dataDir`, made and saved there first if there is none yet. */
export async function loadSigningKey(dataDir: string, secrets: SecretProtector): Promise<SigningKey> {
  const path = join(dataDir, SIGNING_KEY_FILE);
  let stored: string | null = null;
  try {
    stored = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (stored !== null) {
    const file = keyFile(stored);
    if (!file) throw new SigningKeyRefused('damaged', path);
    if (file.protection === 'os-keystore' && secrets.protection !== 'os-keystore') throw new SigningKeyRefused('locked', path);
    const der = Buffer.from(secrets.reveal(new Uint8Array(Buffer.from(file.privateKey, 'base64'))));
    return signingKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), file.publicKey, file.protection);
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length).toString('hex');
  const der = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }));
  const file: z.infer<typeof KeyFileSchema> = {
    form: 1,
    algorithm: 'ed25519',
    publicKey: raw,
    protection: secrets.protection,
    privateKey: Buffer.from(secrets.protect(der)).toString('base64'),
    createdAt: new Date().toISOString(),
  };
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  try {
    await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, exclusive: true });
  } catch (error) {
    // Another Tickmark process made the key first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSigningKey(dataDir, secrets);
    throw error;
  }
  return signingKey(privateKey, raw, secrets.protection);
}
