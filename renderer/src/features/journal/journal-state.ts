/**
 * What the app knows about keeping the auditor's work safe: the browser's answer to persistent
 * storage, the journal's last status, where start-up reconciliation stands, and what it found that
 * the auditor should read. The storage status and the notices under the header show it.
 */
import { create } from 'zustand';
import type { JournalStatus } from '../../../../shared/ipc/journal-schemas';

/** An engagement the journal holds, as the restore offer names it. */
export interface RestoreOffer {
  engagements: { name: string; count: number }[];
  journalDir: string;
}

export type StartUp =
  | { phase: 'reconciling' }
  /** IndexedDB came back empty while the journal holds engagements: the auditor decides. */
  | { phase: 'offer-restore'; offer: RestoreOffer }
  | { phase: 'restoring' }
  | { phase: 'done' };

export interface JournalNotice {
  id: number;
  tone: 'ok' | 'error';
  text: string;
}

export interface JournalState {
  startUp: StartUp;
  /** `navigator.storage.persist()`'s answer; null until it came. */
  persisted: boolean | null;
  /** The journal's status as last asked for; null where there is no Node side to ask. */
  status: JournalStatus | null;
  /** Why the journal could not be asked or written, if it could not. */
  unavailable: string | null;
  notices: JournalNotice[];
}

export const useJournal = create<JournalState>(() => ({
  startUp: { phase: 'reconciling' },
  persisted: null,
  status: null,
  unavailable: null,
  notices: [],
}));

let nextNoticeId = 0;

export function addJournalNotice(tone: JournalNotice['tone'], text: string): void {
  useJournal.setState(({ notices }) => ({ notices: [...notices, { id: ++nextNoticeId, tone, text }] }));
}

export function dismissJournalNotice(id: number): void {
  useJournal.setState(({ notices }) => ({ notices: notices.filter((notice) => notice.id !== id) }));
}

export const setPersisted = (persisted: boolean) => useJournal.setState({ persisted });
export const setStartUp = (startUp: StartUp) => useJournal.setState({ startUp });
export const setJournalStatus = (status: JournalStatus) => useJournal.setState({ status, unavailable: null });
export const setJournalUnavailable = (reason: string) => useJournal.setState({ unavailable: reason });
