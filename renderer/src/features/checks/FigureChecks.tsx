// The checks of the selected figure in its verdict panel: `✓ 92.7 + 444.5 + 787.7 = 1324.9 万吨`,
// `✗ 412 / 1,030 = 40.0 %, stated 45 %`.
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../state/workspace';
import { checksOfFigure, engagementChecks } from './engagement-checks';
import { checkLine } from './check-line';

export function FigureChecks({ figureId }: { figureId: string }) {
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  const { t } = useTranslation();
  const checks = checksOfFigure(engagementChecks(documents, figures), figureId);
  if (checks.length === 0) return null;
  return (
    <section className="figure-checks" aria-label={t('checks.ofFigure')} data-testid="figure-checks">
      <h3>{t('checks.ofFigure')}</h3>
      <ul>
        {checks.map((check) => (
          <li key={check.key} className={check.holds ? 'check-holds' : 'check-mismatch'}>
            {checkLine(t, check)}
          </li>
        ))}
      </ul>
    </section>
  );
}
