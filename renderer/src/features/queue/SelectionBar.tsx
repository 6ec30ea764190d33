import { useTranslation } from 'react-i18next';
import { KeyHint } from '../shortcuts/KeyHint';
import { clearSelection, useMultiSelection } from './multi-select';

/** How many figures the next decision takes, and the way out (Esc). */
export function SelectionBar() {
  const count = useMultiSelection((state) => state.ids.size);
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="selection-bar" role="status" data-testid="selection-bar">
      <strong>{t('queue.selection.count', { count })}</strong>
      <button type="button" className="button-quiet" onClick={clearSelection}>
        {t('queue.selection.clear')} <KeyHint command="form.cancel" />
      </button>
    </div>
  );
}
