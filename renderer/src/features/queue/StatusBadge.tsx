import type { FigureStatus } from '../../../../shared/domain/verdict';

export const STATUS_LABELS: Record<FigureStatus, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  dismissed: 'Not a figure',
};

export function StatusBadge({ status }: { status: FigureStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
