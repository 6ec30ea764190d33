// A verdict's recorded evidence where the UI shows it (the figure's history, the trail view, the
// linked evidence): automated work said in the UI's language with its rule as a code, any other
// evidence as written. The catalogue's label (`证据：{{evidence}}`) is kept around it.
import { useTranslation } from 'react-i18next';
import { automatedWorkText } from './automated-work';

/** Stands in for the evidence while the label is said, so the label's words can be put around it. */
const MARK = '\u0000';

type EvidenceLabel = 'trail.evidence' | 'verdict.historyEvidence';

export function RecordedEvidence({ evidence, labelKey }: { evidence: string; labelKey?: EvidenceLabel }) {
  const { t } = useTranslation();
  const work = automatedWorkText(t, evidence);
  const [head = '', tail = ''] = labelKey ? t(labelKey, { evidence: MARK }).split(MARK) : [];
  if (!work) return <>{`${head}${evidence}${tail}`}</>;
  return (
    <>
      {head}
      {work.before} <code className="check-rule">{work.rule}</code>
      {work.after}
      {tail}
    </>
  );
}
