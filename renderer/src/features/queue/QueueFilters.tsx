import { FIGURE_STATUSES } from '../../../../shared/domain/verdict';
import { setFilter, useWorkspace } from '../../state/workspace';
import { STATUS_LABELS } from './StatusBadge';
import type { StatusFilter } from './queue-view';

const STATUS_OPTIONS: StatusFilter[] = ['all', ...FIGURE_STATUSES];
const optionLabel = (status: StatusFilter) => (status === 'all' ? 'All figures' : STATUS_LABELS[status]);

export function QueueFilters() {
  const filter = useWorkspace((state) => state.filter);
  const documents = useWorkspace((state) => state.documents);
  return (
    <div className="queue-filters">
      <label>
        Status
        <select
          value={filter.status}
          onChange={(event) => setFilter({ ...filter, status: event.currentTarget.value as StatusFilter })}
        >
          {STATUS_OPTIONS.map((status) => (
            <option key={status} value={status}>
              {optionLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Document
        <select
          value={filter.documentId ?? ''}
          onChange={(event) => setFilter({ ...filter, documentId: event.currentTarget.value || null })}
        >
          <option value="">All documents</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.fileName}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
