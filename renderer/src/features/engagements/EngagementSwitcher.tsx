import { openDialog } from '../../state/ui';
import { openEngagement, useWorkspace } from '../../state/workspace';

export function EngagementSwitcher() {
  const engagements = useWorkspace((state) => state.engagements);
  const current = useWorkspace((state) => state.engagement);
  return (
    <div className="engagement-switcher">
      {engagements.length > 0 && (
        <label>
          <span className="visually-hidden">Engagement</span>
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
      <button type="button" className="button-quiet" title="New engagement" onClick={() => openDialog('new-engagement')}>
        + New
      </button>
    </div>
  );
}
