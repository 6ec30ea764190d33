import { useTranslation } from 'react-i18next';
import { useMultiSelection } from '../queue/multi-select';

/** Above the decisions while figures are selected: they all take the next one, one event each. */
export function BulkHint() {
  const count = useMultiSelection((state) => state.ids.size);
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <p className="bulk-hint" data-testid="bulk-hint">
      <strong>{t('queue.selection.count', { count })}</strong> {t('queue.selection.hint')}
    </p>
  );
}
