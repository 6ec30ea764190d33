import { useTranslation } from 'react-i18next';
import { openDialog } from '../../state/ui';
import { openEngagement, useWorkspace } from '../../state/workspace';

export function EngagementSwitcher() {
  const engagements = useWorkspace((state) => state.engagements);
  const current = useWorkspace((state) => state.engagement);
  const { t } = useTranslation();
  return (
    <div className="engagement-switcher">
      {engagements.length > 0 && (
        <label>
          <span className="visually-hidden">{t('engagement.switcher')}</span>
          <select
            value={current?.id ?? ''}
            onChange={(event) => {
              const chosen = engagements.find((engagement) => engagement.id === event.currentTarget.value);
              if (chosen) void openEngagement(chosen);
            }}
          >
            {engagements.map((engagement) => (
              <option key={engagement.id} value={engagement.id}>
                {engagement.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button-quiet" title={t('engagement.newTitle')} onClick={() => openDialog('new-engagement')}>
        {t('engagement.new')}
      </button>
    </div>
  );
}
