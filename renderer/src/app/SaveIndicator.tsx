import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import { useWorkspace } from '../state/workspace';

/** "Saved" appears only once the change's transaction committed to disk. */
export function SaveIndicator() {
  const save = useWorkspace((state) => state.save);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span
      role="status"
      className={`save-indicator save-${save.state}`}
      title={save.state === 'failed' ? save.message : save.state === 'saved' ? t('save.savedAt', { time: format.dateTime(save.at) }) : undefined}
    >
      {save.state === 'saving' && t('save.saving')}
      {save.state === 'saved' && t('save.saved')}
      {save.state === 'failed' && t('save.failed')}
    </span>
  );
}
