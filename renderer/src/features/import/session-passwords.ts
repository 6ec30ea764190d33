/**
 * The passwords of protected PDFs, for this session only: typed at import or when a page is
 * first shown, kept in memory, never stored. After a restart the auditor types them again.
 */
import { create } from 'zustand';
import type { ReportDocument } from '../../db/records';

export const useSessionPasswords = create<{ passwords: ReadonlyMap<string, string> }>(() => ({ passwords: new Map() }));

export function rememberPassword(documentId: string, password: string): void {
  useSessionPasswords.setState(({ passwords }) => ({ passwords: new Map(passwords).set(documentId, password) }));
}

export const sessionPassword = (documentId: string): string | undefined => useSessionPasswords.getState().passwords.get(documentId);

/** Whether `document`'s pages can be opened now: it needs no password, or its password was typed this session. */
export function canOpenPages(document: Pick<ReportDocument, 'id' | 'passwordProtected'>, passwords: ReadonlyMap<string, string>): boolean {
  return !document.passwordProtected || passwords.has(document.id);
}
