/**
 * The Node side's refusals of a call, in one place. Only an error's message crosses IPC (Electron
 * and Playwright's binding both send the words alone), so the renderer knows a refusal by these
 * words (renderer/src/i18n/error-text.ts) and says it in the UI's language.
 */
export const CALL_REFUSALS = {
  /** A channel off the contract (the preload and the page bridge refuse it first, with the same words). */
  unknownChannel: { say: (channel: unknown) => `Unknown IPC channel ${JSON.stringify(channel)}`, words: /(?:^|: )Unknown IPC channel / },
  /** A payload the contract's schema refuses (`why`: the schema's words). */
  invalidRequest: { say: (channel: string, why: string) => `Invalid request on ${channel}: ${why}`, words: /(?:^|: )Invalid request on \S+: / },
  /** A call from another frame or origin than the app's own window. */
  notFromWindow: {
    say: (channel: unknown) => `Refused ${String(channel)}: the request did not come from Tickmark's window`,
    words: /(?:^|: )Refused \S+: the request did not come from Tickmark's window/,
  },
} as const;

export type CallRefusal = keyof typeof CALL_REFUSALS;

/** Which refusal `message` (an error's message, however wrapped) is, if any. */
export const callRefusalOf = (message: string): CallRefusal | undefined =>
  (Object.keys(CALL_REFUSALS) as CallRefusal[]).find((refusal) => CALL_REFUSALS[refusal].words.test(message));
