import { describe, expect, it } from 'vitest';
import legacyTrail from './__fixtures__/form-1-trail.json';
import { eventInput } from './__fixtures__/event-input';
import { GENESIS_HASH, sealEvent, verifyChain, type AuditEvent, type LegacyAuditEvent } from './event';

function trail(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < length; i++) events.push(sealEvent(eventInput({ figureId: `fig-${i}` }), events.at(-1)));
  return events;
}

/** Every field the CSV shows, changed one at a time. */
const EDITS: Record<string, (e: AuditEvent) => AuditEvent> = {
  engagementId: (e) => ({ ...e, engagementId: 'eng-2' }),
  engagementName: (e) => ({ ...e, engagementName: 'Other' }),
  at: (e) => ({ ...e, at: '2026-11-23T10:00:01.000Z' }),
  actor: (e) => ({ ...e, actor: 'Someone else' }),
  role: (e) => ({ ...e, role: 'reviewer' }),
  action: (e) => ({ ...e, action: 'figure.disputed' }),
  documentId: (e) => ({ ...e, documentId: 'doc-2' }),
  'document.name': (e) => ({ ...e, document: { ...e.document!, name: 'other.pdf' } }),
  'document.sha256': (e) => ({ ...e, document: { ...e.document!, sha256: 'cd'.repeat(32) } }),
  figureId: (e) => ({ ...e, figureId: 'fig-9' }),
  'figure.text': (e) => ({ ...e, figure: { ...e.figure!, text: '4,800万' } }),
  'figure.start': (e) => ({ ...e, figure: { ...e.figure!, start: 11 } }),
  'figure.end': (e) => ({ ...e, figure: { ...e.figure!, end: 17 } }),
  'figure.page': (e) => ({ ...e, figure: { ...e.figure!, page: 4 } }),
  'figure.value': (e) => ({ ...e, figure: { ...e.figure!, value: 48_000_000 } }),
  'figure.valueMax': (e) => ({ ...e, figure: { ...e.figure!, valueMax: 50_000_000 } }),
  'figure.unit': (e) => ({ ...e, figure: { ...e.figure!, unit: 'users' } }),
  'figure.qualifier': (e) => ({ ...e, figure: { ...e.figure!, qualifier: 'over' } }),
  fromStatus: (e) => ({ ...e, fromStatus: 'disputed' }),
  toStatus: (e) => ({ ...e, toStatus: 'disputed' }),
  note: (e) => ({ ...e, note: 'added later' }),
  evidence: (e) => ({ ...e, evidence: 'WP 9' }),
  detail: (e) => ({ ...e, detail: 'forged' }),
};

describe('audit event chain', () => {
  it('numbers events from 1 and links each to the hash of the one before', () => {
    const [first, second] = trail(2);
    expect(first).toMatchObject({ form: 2, seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts an untouched trail', () => {
    expect(verifyChain(trail(5))).toEqual({ ok: true, length: 5 });
  });

  it.each(Object.keys(EDITS))('seals the field %s: editing it breaks that event', (field) => {
    const events = trail(3);
    events[1] = EDITS[field]!(events[1]!);
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 2, index: 1, reason: 'its content was changed after it was recorded', why: { code: 'contentChanged' } });
  });

  it('hashes a value as the value it stands for, not as a spreadsheet wrote it', () => {
    const written = sealEvent(eventInput({ figure: { ...eventInput().figure!, text: '90%' }, note: '4300' }), undefined);
    expect(verifyChain([{ ...written, figure: { ...written.figure!, text: '90.00%' }, note: '4,300' }])).toMatchObject({ ok: true });
    expect(verifyChain([{ ...written, note: '4,301' }])).toMatchObject({ ok: false });
    expect(verifyChain([{ ...written, at: '2026-11-23T18:00:00.000+08:00' }])).toMatchObject({ ok: true });
  });

  it('detects a removed, a swapped and a duplicated event', () => {
    const removed = trail(4);
    removed.splice(1, 1);
    expect(verifyChain(removed)).toMatchObject({ ok: false, seq: 3, index: 1, reason: 'expected event 2 here, found event 3', why: { code: 'outOfOrder', expected: 2, found: 3 } });
    const swapped = trail(4);
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, seq: 3, index: 1 });
    const duplicated = trail(3);
    duplicated.splice(2, 0, duplicated[1]!);
    expect(verifyChain(duplicated)).toMatchObject({ ok: false, seq: 2, index: 2 });
  });

  it('detects an edited event whose hash was recomputed, at the next link', () => {
    const events = trail(3);
    const { hash: _old, prevHash, seq, ...rest } = events[1]!;
    events[1] = sealEvent({ ...rest, note: 'forged' }, { seq: seq - 1, hash: prevHash });
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3, reason: 'it does not follow the event before it', why: { code: 'notFollowing' } });
  });

  it('still verifies a trail sealed in form 1 by the code before forms had versions, and continues it in form 2', () => {
    const legacy = legacyTrail as LegacyAuditEvent[];
    expect(verifyChain(legacy)).toEqual({ ok: true, length: 2 });
    const next = sealEvent(eventInput({ engagementId: 'eng-legacy' }), legacy.at(-1));
    expect(verifyChain([...legacy, next])).toEqual({ ok: true, length: 3 });
    expect(verifyChain([{ ...legacy[0]!, detail: 'FY2023 ESG' }, legacy[1]!])).toMatchObject({ ok: false, seq: 1 });
  });
});
