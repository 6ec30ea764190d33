import { err, ok, type Result } from '../../../../shared/domain/result';
import { replaceControlCharacters } from '../../../../shared/text/control-characters';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/i18n';

/**
 * A chosen file's name as Tickmark shows, sends and stores it: a control character in it (a terminal
 * escape, a bidi override that would show the name reversed) replaced by a visible one.
 */
export const fileNameOf = (file: File): string => replaceControlCharacters(file.name);

/**
 * A chosen or dropped file's bytes. The browser reads the file only now, so one that was moved,
 * deleted or changed since it was chosen fails here (NotReadableError); the message names it.
 */
export async function readFileBytes(file: File): Promise<Result<Uint8Array<ArrayBuffer>, string>> {
  try {
    return ok(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotReadableError' || name === 'NotFoundError') {
      return err(i18next.t('import.error.moved', { fileName: fileNameOf(file) }));
    }
    return err(i18next.t('import.error.unreadableFile', { fileName: fileNameOf(file), reason: errorText(error) }));
  }
}
