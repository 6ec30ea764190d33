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

/** Why a decision was refused, for a UI to say in its own language; `reason` says it in English. */
export type VerdictRefusal = { code: 'not-from'; from: FigureStatus; to: FigureStatus } | { code: 'note-required'; kind: 'dispute' | 'dismiss' };

export type Transition = { ok: true; to: FigureStatus } | { ok: false; reason: string; refusal: VerdictRefusal };

/** Whether `intent` may be applied to a figure that is `from`, and what it becomes. */
export function transition(from: FigureStatus, intent: VerdictIntent): Transition {
  if (!ALLOWED_FROM[intent.kind].includes(from)) {
    const to = TARGET[intent.kind];
    return { ok: false, reason: `A ${from} figure cannot be ${to}${from === to ? ' again' : ''}.`, refusal: { code: 'not-from', from, to } };
  }
  if ((intent.kind === 'dispute' || intent.kind === 'dismiss') && !intent.note?.trim()) {
    return {
      ok: false,
      reason: intent.kind === 'dispute' ? 'A dispute needs a note saying what is wrong.' : 'Say why this is not a figure.',
      refusal: { code: 'note-required', kind: intent.kind },
    };
  }
  return { ok: true, to: TARGET[intent.kind] };
}
