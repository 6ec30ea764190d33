/**
 * Why the Node side could not do something, in the UI's language: its reason's code said from the
 * catalogue's `reason` section, with its parameters, what the file system said and the reason a
 * sentence wraps. A code the catalogue does not know is said as a generic sentence with the Node
 * side's English as its detail, so nothing is lost, only left untranslated.
 */
import type { Failure, InnerReason, Reason } from '../../../shared/ipc/reasons';
import { i18next } from './i18n';
import { linkText } from './link-text';

/** `t` for a key chosen at run time; each reason's parameters are its template's, as the catalogue test checks. */
const say = (key: string, values: Record<string, string | number>): string => (i18next.t as unknown as (key: string, values: object) => string)(key, values);

function text(reason: InnerReason, english: string, cause?: string): string {
  const key = `reason.${reason.code}`;
  if (!i18next.exists(key)) return say('reason.unknown', { detail: english });
  const file = reason.file ? say(`reason.file.${reason.file.code}`, { detail: reason.file.detail ?? '' }) : '';
  return say(key, { ...reason.params, file, detail: reason.link ? linkText(reason.link) : (reason.detail ?? ''), cause: cause ?? '' });
}

/** A reason in the UI's language; `english` is the Node side's words for it, said when the code is not known here. */
export const reasonText = (reason: Reason, english: string): string => text(reason, english, reason.cause && text(reason.cause, english));

export const failureText = (failure: Failure): string => reasonText(failure.reason, failure.message);
