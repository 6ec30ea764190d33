import type { Role } from '../../../../shared/domain/review';
import type { TrailEvent } from '../../../../shared/audit/event';

/** Who recorded an event, and in which role: `Wang Fang (reviewer)`; events from before roles name the person only. */
export function eventActor(event: TrailEvent, roleLabel: (role: Role) => string = (role) => role): string {
  return event.form === 2 ? `${event.actor} (${roleLabel(event.role)})` : event.actor;
}
