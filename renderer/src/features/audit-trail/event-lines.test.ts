import { describe, expect, it } from 'vitest';
import { sealEvent, type LegacyAuditEvent } from '../../../../shared/audit/event';
import { eventActor, eventTime } from './event-lines';

describe('an event as the history and the trail show it', () => {
  it('gives the time as a work paper writes it, in the given time zone', () => {
    expect(eventTime('2026-11-29T14:02:31.000Z', 'UTC')).toBe('29 Nov 2026 14:02');
    expect(eventTime('2026-11-29T14:02:31.000Z', 'Asia/Shanghai')).toBe('29 Nov 2026 22:02');
    expect(eventTime('2026-01-05T00:07:00.000Z', 'UTC')).toBe('5 Jan 2026 00:07');
  });

  it('names the actor with their role, and without one for events recorded before roles', () => {
    const signedOff = sealEvent(
      { engagementId: 'e', engagementName: 'E', at: '2026-11-29T14:02:00.000Z', actor: 'Wang Fang', role: 'reviewer', action: 'figure.signed_off' },
      undefined,
    );
    expect(eventActor(signedOff)).toBe('Wang Fang (reviewer)');
    const legacy: LegacyAuditEvent = { engagementId: 'e', at: signedOff.at, actor: 'Mei Chen', action: 'figure.confirmed', seq: 1, prevHash: '0', hash: '1' };
    expect(eventActor(legacy)).toBe('Mei Chen');
  });
});
