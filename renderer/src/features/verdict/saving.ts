import { i18next } from '../../i18n/i18n';

/**
 * Figures whose change is being stored: the auditor moves on without waiting for the disk, and a
 * second change to the same figure waits until the first one committed.
 */
export const savingFigures = new Set<string>();

export const stillSaving = () => i18next.t('refusal.stillSaving');
