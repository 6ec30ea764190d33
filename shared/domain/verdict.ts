/** Where a figure stands in the audit: every figure starts `open`. */
export const FIGURE_STATUSES = ['open', 'confirmed', 'disputed', 'dismissed'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** What the auditor can decide about a figure. */
export type VerdictIntent =
  | { kind: 'confirm'; note?: string }
  | { kind: 'dispute'; note: string }
  | { kind: 'reopen'; note?: string }
  /** "Not a figure": the extractor was wrong; the reason is required. */
  | { kind: 'dismiss'; note: string };

const TARGET: Record<VerdictIntent['kind'], FigureStatus> = {
  confirm: 'confirmed',
  dispute: 'disputed',
  reopen: 'open',
  dismiss: 'dismissed',
};

/** From which statuses each decision may be taken. */
const ALLOWED_FROM: Record<VerdictIntent['kind'], readonly FigureStatus[]> = {
  confirm: ['open', 'disputed'],
  dispute: ['open', 'confirmed'],
  reopen: ['confirmed', 'disputed', 'dismissed'],
  dismiss: ['open'],
};

export type Transition = { ok: true; to: FigureStatus } | { ok: false; reason: string };

/** Whether `intent` may be applied to a figure that is `from`, and what it becomes. */
export function transition(from: FigureStatus, intent: VerdictIntent): Transition {
  if (!ALLOWED_FROM[intent.kind].includes(from)) {
    return { ok: false, reason: `A ${from} figure cannot be ${TARGET[intent.kind]}${from === TARGET[intent.kind] ? ' again' : ''}.` };
  }
  if ((intent.kind === 'dispute' || intent.kind === 'dismiss') && !intent.note?.trim()) {
    return {
      ok: false,
      reason: intent.kind === 'dispute' ? 'A dispute needs a note saying what is wrong.' : 'Say why this is not a figure.',
    };
  }
  return { ok: true, to: TARGET[intent.kind] };
}
