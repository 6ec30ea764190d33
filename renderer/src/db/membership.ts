/**
 * Who may do what in an engagement. Each person (by the name they gave Tickmark) holds one role in
 * it at a time: the preparer decides figures, the reviewer signs decisions off or sends them back.
 * The database actions refuse the other role's work with the message below, and the UI shows it
 * before trying.
 */
import type { Role } from '../../../shared/domain/review';
import { err, ok, type Result } from '../../../shared/domain/result';
import type { Engagement, Member } from './records';
import { i18next } from '../i18n/i18n';

/** The work an action is: one role's, or any member's (importing, exporting). */
export type Duty = Role | 'any';

/** `name`'s role in `engagement`, if they are one of its members. */
export function roleOf(engagement: Pick<Engagement, 'members'>, name: string): Role | undefined {
  return engagement.members?.find((member) => member.name === name)?.role;
}

/** `name` as the member who does `duty`'s work in `engagement`, or why they may not. */
export function actingMember(engagement: Pick<Engagement, 'members'>, name: string, duty: Duty): Result<Member, string> {
  const role = roleOf(engagement, name);
  if (role === undefined) return err(i18next.t('errors.noRole', { name }));
  if (duty === 'any' || duty === role) return ok({ name, role });
  return err(
    duty === 'preparer'
      ? i18next.t('errors.preparersWork')
      : i18next.t('errors.reviewersWork'),
  );
}

/** `engagement` with `member` in it, replacing the role that person held before, if any. */
export function withMember(engagement: Engagement, member: Member): Engagement {
  const others = (engagement.members ?? []).filter((existing) => existing.name !== member.name);
  return { ...engagement, members: [...others, member] };
}
