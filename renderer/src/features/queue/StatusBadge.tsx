import { useTranslation } from 'react-i18next';
import type { FigureStatus } from '../../../../shared/domain/verdict';

export function StatusBadge({ status }: { status: FigureStatus }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}
