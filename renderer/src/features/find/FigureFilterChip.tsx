import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../state/workspace';
import { applyFigureQuery } from './find-state';

/** While the queue is limited by a figure query: how many figures it keeps, and a button that lifts it. */
export function FigureFilterChip() {
  const kept = useWorkspace((state) => state.filter.figureIds?.size);
  const { t } = useTranslation();
  if (kept === undefined) return null;
  return (
    <span className="figure-filter-chip" data-testid="figure-filter">
      {t('find.figures.active', { count: kept })}
      <button type="button" className="button-quiet" aria-label={t('find.figures.clear')} title={t('find.figures.clear')} onClick={() => applyFigureQuery({})}>
        ×
      </button>
    </span>
  );
}
