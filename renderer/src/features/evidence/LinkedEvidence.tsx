/**
 * The evidence linked to the selected figure, as its fields: the document, its SHA-256, the page or
 * sheet and cell, the span and the text; with a button that opens it at its place. It shows the
 * link being written (the draft's), or else the one stored with the figure's verdict. Evidence
 * written by hand is shown as written.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEvidenceLink } from '../../../../shared/evidence/index';
import { db } from '../../db/database';
import type { QueueFigure } from '../../state/workspace';
import { draftOf, useVerdictDraft } from '../verdict/draft';
import { RecordedEvidence } from '../checks/RecordedEvidence';
import { linkPlace, openEvidence } from './open-evidence';

/** The evidence stored with the figure's verdict; read again when its verdict changes (the queue gives the figure a new object). */
function useStoredEvidence(figure: QueueFigure): string | undefined {
  const [stored, setStored] = useState<{ figure: QueueFigure; evidence: string | undefined } | null>(null);
  useEffect(() => {
    let current = true;
    void db.verdicts.get(figure.id).then((verdict) => current && setStored({ figure, evidence: verdict?.evidence }));
    return () => {
      current = false;
    };
  }, [figure]);
  return stored?.figure === figure ? stored.evidence : undefined;
}

export function LinkedEvidence({ figure }: { figure: QueueFigure }) {
  const { t } = useTranslation();
  const drafted = draftOf(useVerdictDraft(), figure.id).evidence;
  const stored = useStoredEvidence(figure);
  const evidence = drafted || stored;
  if (!evidence) return null;
  const link = parseEvidenceLink(evidence);
  if (!link) {
    return (
      <p className="evidence-linked" data-testid="linked-evidence">
        {t('evidence.linked')}: <RecordedEvidence evidence={evidence} />
      </p>
    );
  }
  const place = link.cell !== undefined ? `${link.sheet ? `${link.sheet}!` : ''}${link.cell}` : link.page !== undefined ? t('evidence.page', { page: link.page }) : '—';
  return (
    <div className="evidence-linked" data-testid="linked-evidence">
      <h4>{drafted ? t('evidence.linking') : t('evidence.linked')}</h4>
      <dl>
        <dt>{t('evidence.field.document')}</dt>
        <dd>{link.document}</dd>
        <dt>{t('evidence.field.sha256')}</dt>
        <dd className="evidence-sha" title={link.sha256}>
          {link.sha256.slice(0, 12)}…
        </dd>
        <dt>{t('evidence.field.place')}</dt>
        <dd>{place}</dd>
        <dt>{t('evidence.field.span')}</dt>
        <dd>{t('evidence.chars', { start: link.start, end: link.end })}</dd>
        <dt>{t('evidence.field.text')}</dt>
        <dd>{link.text}</dd>
      </dl>
      <button type="button" onClick={() => openEvidence(figure.id, linkPlace(link))}>
        {t('evidence.open')}
      </button>
    </div>
  );
}
