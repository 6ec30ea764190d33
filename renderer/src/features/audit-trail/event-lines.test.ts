import { describe, expect, it } from 'vitest';
import { sealEvent, type LegacyAuditEvent } from '../../../../shared/audit/event';
import { eventActor } from './event-lines';

// The time of an event is written by the UI's locale: see i18n/format.test.ts.
describe('an event as the history and the trail show it', () => {
  it('names the actor with their role, and without one for events recorded before roles', () => {
    const signedOff = sealEvent(
      { engagementId: 'e', engagementName: 'E', at: '2026-11-29T14:02:00.000Z', actor: 'Wang Fang', role: 'reviewer', action: 'figure.signed_off' },
      undefined,
    );
    expect(eventActor(signedOff)).toBe('Wang Fang (reviewer)');
    expect(eventActor(signedOff, (role) => (role === 'reviewer' ? '复核人' : '编制人'))).toBe('Wang Fang (复核人)');
    const legacy: LegacyAuditEvent = { engagementId: 'e', at: signedOff.at, actor: 'Mei Chen', action: 'figure.confirmed', seq: 1, prevHash: '0', hash: '1' };
    expect(eventActor(legacy)).toBe('Mei Chen');
  });
});
