import type { TrailEvent } from '../../../../shared/audit/event';

const TIME = (timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });

/** When an event happened, as a work paper writes it: `29 Nov 2026 14:02` (local time unless `timeZone`). */
export function eventTime(at: string, timeZone?: string): string {
  const parts = Object.fromEntries(TIME(timeZone).formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Who recorded an event, and in which role: `Wang Fang (reviewer)`; events from before roles name the person only. */
export function eventActor(event: TrailEvent): string {
  return event.form === 2 ? `${event.actor} (${event.role})` : event.actor;
}
