import { useTranslation } from 'react-i18next';
import { FIGURE_STATUSES } from '../../../../shared/domain/verdict';
import { useFormat } from '../../i18n/use-format';
import type { DocumentProgress, Overview } from './overview-data';

/** Progress by report, with the engagement's totals as the last row: figures, each status, share decided. */
export function ProgressTable({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = (progress: DocumentProgress, name: string, total = false) => (
    <tr key={progress.documentId || 'total'} className={total ? 'overview-total' : undefined}>
      <th scope="row">{name}</th>
      <td>{format.number(progress.total)}</td>
      {FIGURE_STATUSES.map((status) => (
        <td key={status}>{format.number(progress.counts[status])}</td>
      ))}
      <td>{progress.total === 0 ? '–' : format.percent(progress.decided / progress.total)}</td>
    </tr>
  );
  return (
    <table className="overview-table" data-testid="overview-progress">
      <thead>
        <tr>
          <th scope="col">{t('overview.report')}</th>
          <th scope="col">{t('overview.figures')}</th>
          {FIGURE_STATUSES.map((status) => (
            <th scope="col" key={status}>
              {t(`status.${status}`)}
            </th>
          ))}
          <th scope="col">{t('overview.decided')}</th>
        </tr>
      </thead>
      <tbody>
        {overview.documents.map((progress) => row(progress, progress.name))}
        {row(overview.totals, t('overview.total'), true)}
      </tbody>
    </table>
  );
}
