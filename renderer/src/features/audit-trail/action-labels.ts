/** How an audit event reads in the UI's language: its action, and the states it moved a figure between. */
import { useTranslation } from 'react-i18next';
import type { AuditAction, FigureState, TrailEvent } from '../../../../shared/audit/event';
import { FIGURE_STATUSES, type FigureStatus } from '../../../../shared/domain/verdict';
import { eventActor } from './event-lines';

const isFigureStatus = (state: FigureState): state is FigureStatus => (FIGURE_STATUSES as readonly string[]).includes(state);

/** The labels bound to the current language; a new action without a catalogue entry fails to compile. */
export function useEventLabels() {
  const { t } = useTranslation();
  return {
    action: (action: AuditAction) => t(`trail.action.${action}`),
    state: (state: FigureState) => (isFigureStatus(state) ? t(`status.${state}`) : t(`review.${state}`)),
    actor: (event: TrailEvent) => eventActor(event, (role) => t(`role.inline.${role}`)),
  };
}
