/**
 * A document's warning in the UI's language: a coded one (shared/domain/document-warning.ts) said from
 * the catalogue's `warning` section with its page and confidence; one stored before warnings had codes,
 * or with a code this catalogue does not know, in the English it was stored with.
 */
import type { DocumentWarning } from '../../../shared/domain/document-warning';
import { i18next } from './i18n';

export function warningText(warning: DocumentWarning): string {
  if (typeof warning === 'string') return warning;
  const key = `warning.${warning.code}`;
  return i18next.exists(key) ? (i18next.t as unknown as (key: string, values: object) => string)(key, warning.params) : warning.text;
}
