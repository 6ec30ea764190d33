import { useMemo } from 'react';
import { useWorkspace } from '../../state/workspace';
import { countStatuses } from './queue-view';

/** confirmed / disputed / open across the engagement, with dismissed figures counted apart. */
export function ProgressCounts() {
  const figures = useWorkspace((state) => state.figures);
  const counts = useMemo(() => countStatuses(figures), [figures]);
  return (
    <div className="progress-counts" data-testid="progress-counts" role="group" aria-label="Progress">
      <span className="count count-confirmed">{counts.confirmed} confirmed</span>
      <span className="count count-disputed">{counts.disputed} disputed</span>
      <span className="count count-open">{counts.open} open</span>
      {counts.dismissed > 0 && <span className="count count-dismissed">{counts.dismissed} dismissed</span>}
    </div>
  );
}
