import type { TrailEvent } from '../../../shared/audit/event';
import type { Result } from '../../../shared/domain/result';
import type { Handlers } from '../../../shared/ipc/contract';
import { reason as because, type Failure } from '../../../shared/ipc/reasons';
import { fileSystemProblem } from '../file-system-reason';
import { exportFailed, exportTrail } from './export-trail';
import { SigningKeyRefused, type SigningKey } from './signing-key';

export interface TrailDeps {
  /** The installation's key, loaded (or made) on first use. */
  signingKey(): Promise<SigningKey>;
  /** An engagement's whole trail as the journal holds it, and the engagement's name. */
  trailOf(engagementId: string): Promise<Result<{ engagementName: string; events: TrailEvent[] }, Failure>>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** See HandlerDeps: where false, an existing file is never replaced. */
  dialogConfirmsOverwrite: boolean;
}

const keyInfo = (key: SigningKey) => ({ fingerprint: key.fingerprint, publicKey: key.publicKey, protection: key.protection });

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The signing key could not be opened: why, in English and as a reason (the file system's or the key file's, where it is one of those). */
export function keyUnopened(error: unknown): Failure {
  const message = `the signing key could not be opened (${reason(error)}).`;
  if (error instanceof SigningKeyRefused) return { message, reason: because(error.why === 'damaged' ? 'key.damaged' : 'key.locked', { params: { path: error.path } }) };
  // A file system call's error names the call (`open`, `rename`); a library's does not.
  if (typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string') return { message, reason: because('key.unreadable', { file: fileSystemProblem(error) }) };
  return { message, reason: because('key.unopened', { detail: reason(error) }) };
}

export function trailHandlers(deps: TrailDeps): Pick<Handlers, 'trail:export' | 'trail:signingKey'> {
  return {
    'trail:signingKey': async () => {
      try {
        return { ok: true, value: keyInfo(await deps.signingKey()) };
      } catch (error) {
        return { ok: false, error: `The signing key could not be opened: ${reason(error)}` };
      }
    },
    'trail:export': async ({ engagementId, suggestedName, signer, role }) => {
      let key: SigningKey;
      try {
        key = await deps.signingKey();
      } catch (error) {
        return exportFailed('The trail was not exported', keyUnopened(error));
      }
      const trail = await deps.trailOf(engagementId);
      if (!trail.ok) return exportFailed('The trail was not exported', trail.error);
      const path = await deps.chooseSavePath(suggestedName);
      const result = await exportTrail({ engagementId, signer, role, ...trail.value }, key, path, { exclusive: !deps.dialogConfirmsOverwrite });
      return result.status === 'saved' ? { status: 'saved', path: result.path, eventCount: result.eventCount, key: keyInfo(key) } : result;
    },
  };
}
