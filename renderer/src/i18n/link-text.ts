/**
 * Why an audit trail does not verify, in the UI's language: the verifier's code (shared/audit/event.ts)
 * said from the catalogue's `link` section; the English there is the words the CLI prints.
 */
import type { LinkBreak } from '../../../shared/audit/event';
import { i18next } from './i18n';

export const linkText = (why: LinkBreak): string => (i18next.t as unknown as (key: string, values: object) => string)(`link.${why.code}`, why);
