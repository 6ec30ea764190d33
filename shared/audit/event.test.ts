import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, sealEvent, verifyChain, type AuditEvent, type AuditEventInput } from './event';

const input = (overrides: Partial<AuditEventInput> = {}): AuditEventInput => ({
  engagementId: 'eng-1',
  at: '2026-11-23T10:00:00.000Z',
  actor: 'Li Wei',
  action: 'figure.confirmed',
  figureId: 'fig-1',
  fromStatus: 'open',
  toStatus: 'confirmed',
  ...overrides,
});

function trail(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < length; i++) events.push(sealEvent(input({ figureId: `fig-${i}` }), events.at(-1)));
  return events;
}

describe('audit event chain', () => {
  it('numbers events from 1 and links each to the hash of the one before', () => {
    const [first, second] = trail(2);
    expect(first!.seq).toBe(1);
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(second!.seq).toBe(2);
    expect(second!.prevHash).toBe(first!.hash);
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same event, and a different one for any changed field', () => {
    const a = sealEvent(input(), undefined);
    expect(sealEvent(input(), undefined).hash).toBe(a.hash);
    expect(sealEvent(input({ note: 'checked against invoice 7' }), undefined).hash).not.toBe(a.hash);
    expect(sealEvent(input({ actor: 'Someone else' }), undefined).hash).not.toBe(a.hash);
  });

  it('accepts an untouched trail', () => {
    expect(verifyChain(trail(5))).toEqual({ ok: true, length: 5 });
  });

  it('detects an event whose content was edited', () => {
    const events = trail(4);
    events[2] = { ...events[2]!, toStatus: 'disputed' };
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3 });
  });

  it('detects a removed event', () => {
    const events = trail(4);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3 });
  });

  it('detects an edited event whose hash was recomputed, at the next link', () => {
    const events = trail(3);
    const { hash: _old, prevHash, seq, ...rest } = events[1]!;
    events[1] = sealEvent({ ...rest, note: 'forged' }, { seq: seq - 1, hash: prevHash });
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3, reason: 'it does not follow the event before it' });
  });
});
