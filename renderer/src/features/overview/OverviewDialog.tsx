import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseFooter, Modal } from '../../app/Modal';
import { loadEngagementContents, loadTrail } from '../../db/queries';
import type { AuditEvent, Verdict } from '../../db/records';
import { useFormat } from '../../i18n/use-format';
import { closeDialog } from '../../state/ui';
import { select, setFilter, useWorkspace } from '../../state/workspace';
import { ALL_FIGURES } from '../queue/queue-view';
import { engagementChecks, type EngagementCheck } from '../checks/engagement-checks';
import { FigureList } from './FigureList';
import { overviewOf, progressOverTime } from './overview-data';
import { ProgressChart } from './ProgressChart';
import { ProgressTable } from './ProgressTable';
import './overview.css';
import { documentRole } from '../../../../shared/evidence/from-report';
import { checkLine } from '../checks/check-line';

/** Show a figure in the queue: every filter lifted so it is there, the overview closed. */
function showFigure(figureId: string): void {
  setFilter(ALL_FIGURES);
  select(figureId);
  closeDialog();
}

/** The engagement at a glance: progress, disputes, missing evidence, failed checks and progress over time. */
export function OverviewDialog() {
  const engagement = useWorkspace((state) => state.engagement);
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  const [stored, setStored] = useState<{ verdicts: Map<string, Verdict>; events: AuditEvent[] } | null>(null);
  const { t } = useTranslation();
  const format = useFormat();

  useEffect(() => {
    if (!engagement) return;
    let live = true;
    void Promise.all([loadEngagementContents(engagement.id), loadTrail(engagement.id)]).then(([contents, events]) => {
      if (live) setStored({ verdicts: contents.verdicts, events });
    });
    return () => {
      live = false;
    };
  }, [engagement, figures]);

  // Evidence is indexed, not verified: its progress is no report's.
  const reports = useMemo(() => documents.filter((document) => documentRole(document) === 'report'), [documents]);
  const overview = useMemo(() => overviewOf(reports, figures, stored?.verdicts ?? new Map()), [reports, figures, stored]);
  const points = useMemo(() => progressOverTime(stored?.events ?? []), [stored]);
  // The checks take a few hundred milliseconds on a long report: run after the dialog has painted.
  const [checks, setChecks] = useState<{ run: number; failed: EngagementCheck[] } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const all = engagementChecks(documents, figures);
      setChecks({ run: all.length, failed: all.filter((check) => !check.holds) });
    }, 0);
    return () => clearTimeout(timer);
  }, [documents, figures]);
  const names = new Map(documents.map((document) => [document.id, document.fileName]));
  if (!engagement) return null;

  return (
    <Modal title={t('overview.title', { name: engagement.name })} onClose={closeDialog} wide>
      <div className="overview" data-testid="overview">
        <section aria-labelledby="overview-progress">
          <h3 id="overview-progress">{t('overview.byDocument')}</h3>
          <ProgressTable overview={overview} />
        </section>
        <section aria-labelledby="overview-chart">
          <h3 id="overview-chart">{t('overview.chartTitle')}</h3>
          {stored && <ProgressChart points={points} />}
        </section>
        <section aria-labelledby="overview-disputed" data-testid="overview-disputed">
          <h3 id="overview-disputed">
            {t('overview.disputedTitle')} ({format.number(overview.disputed.length)})
          </h3>
          <FigureList
            entries={overview.disputed.map((entry) => ({ ...entry, detail: entry.note || t('overview.noNote') }))}
            names={names}
            empty={t('overview.noDisputed')}
            onShow={showFigure}
          />
        </section>
        <section aria-labelledby="overview-evidence" data-testid="overview-no-evidence">
          <h3 id="overview-evidence">
            {t('overview.noEvidenceTitle')} ({format.number(overview.withoutEvidence.length)})
          </h3>
          <FigureList entries={overview.withoutEvidence} names={names} empty={t('overview.noEvidenceNone')} onShow={showFigure} />
        </section>
        <section aria-labelledby="overview-checks" data-testid="overview-checks">
          <h3 id="overview-checks">{t('overview.checksTitle')}</h3>
          <p className="muted">
            {!checks
              ? t('overview.checksRunning')
              : checks.failed.length === 0
                ? t('overview.checksNone')
                : t('overview.checksCount', { count: checks.failed.length, all: checks.run })}
          </p>
          <FigureList
            entries={(checks?.failed ?? []).map((check) => ({
              figureId: check.figureIds[0] ?? '',
              documentId: figures.find((figure) => figure.id === check.figureIds[0])?.documentId ?? '',
              text: checkLine(t, check),
              key: check.key,
            }))}
            names={names}
            empty=""
            onShow={showFigure}
          />
        </section>
      </div>
      <CloseFooter onClose={closeDialog} />
    </Modal>
  );
}
