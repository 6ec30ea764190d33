import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../shared/extraction/index';
import { describeFigures } from '../../../../shared/metrics/index';
import type { Figure, ReportDocument } from '../../db/records';
import { automatedWork } from './automated-work';
import { checksOfFigure, disputable, engagementChecks, engagementFacts } from './engagement-checks';

const TEXT = 'In 2019, 398 million Internet users ordered takeout online.\n\nIndicator\tValue\tUnit\nUsers who ordered takeout online\t389\tmillion\n';

function engagement(text: string): { documents: ReportDocument[]; figures: Figure[] } {
  const document = { id: 'doc-1', engagementId: 'e', importedAt: '', fileName: 'report.txt', format: 'txt', sha256: '', byteLength: 0, text, pages: [], warnings: [] } as ReportDocument;
  // Figures as an import stores them: described (metric, period, scope).
  const figures = describeFigures(text, extractFigures(text)).map((f, i): Figure => ({ ...f, id: `fig-${i}`, engagementId: 'e', documentId: 'doc-1', origin: 'extracted' }));
  return { documents: [document], figures };
}

describe('the checks of an open engagement', () => {
  it('tie each check to the records of its figures', () => {
    const { documents, figures } = engagement(TEXT);
    const [check] = engagementChecks(documents, figures);
    expect(check).toMatchObject({ kind: 'consistency', holds: false });
    expect(check!.figureIds.map((id) => figures.find((f) => f.id === id)!.value)).toEqual([398e6, 389e6]);
    expect(checksOfFigure([check!], check!.figureIds[1]!)).toHaveLength(1);
  });

  it('are computed again when a value is corrected, not when a verdict changes', () => {
    const { documents, figures } = engagement(TEXT);
    const first = engagementChecks(documents, figures);
    expect(engagementChecks(documents, figures.map((f) => ({ ...f })))).toBe(first);
    const corrected = figures.map((f) => (f.value === 389e6 ? { ...f, value: 398e6, text: '398\tmillion' } : f));
    expect(engagementChecks(documents, corrected)).toMatchObject([{ holds: true }]);
  });

  it('dispute only the figures a dispute can take, and name the check in the evidence', () => {
    const { documents, figures } = engagement(TEXT);
    const [check] = engagementChecks(documents, figures);
    const status = new Map([[check!.figureIds[0]!, 'disputed'], [check!.figureIds[1]!, 'open']]);
    expect(disputable(check!, (id) => status.get(id))).toEqual([check!.figureIds[1]]);
    expect(automatedWork(check!)).toMatch(/^Automated check by Tickmark \d+\.\d+\.\d+, rule consistency\.same-metric: ✗ /);
  });

  it("dispute a recomputation's own figures, not the restatements of its inputs named beside them", () => {
    const text = 'Net sales reached USD 3,482 million in 2024, and Americas brought in USD 1,620 million, 52.5% of net sales.\n\nKey figures\tUnit\t2024\nNet sales\tUSD million\t3,482\n';
    const { documents, figures } = engagement(text);
    const check = engagementChecks(documents, figures).find((c) => c.kind === 'ratio' && !c.holds);
    const valueOf = (id: string) => figures.find((f) => f.id === id)!.value;
    expect(check!.figureIds.map(valueOf)).toEqual([1_620e6, 3_482e6, 52.5, 3_482e6]);
    const open = disputable(check!, () => 'open');
    expect(open.map(valueOf)).toEqual([1_620e6, 3_482e6, 52.5]);
    expect(open).not.toContain(check!.figureIds[3]);
  });

  it('give the figures summary each figure\'s metric, period and the lines of its checks', () => {
    const { documents, figures } = engagement(TEXT);
    const facts = engagementFacts(documents, figures);
    const [stated, tabled] = [398e6, 389e6].map((value) => facts.get(figures.find((f) => f.value === value)!.id)!);
    expect(stated).toMatchObject({ metric: expect.stringMatching(/takeout/), period: expect.stringMatching(/2019/) });
    expect(stated!.checks).toEqual([expect.stringMatching(/^✗ .*398 million.*389 million/)]);
    expect(tabled!.checks).toEqual(stated!.checks);
    expect(facts.get(figures.find((f) => f.value === 2019)?.id ?? '')?.checks ?? []).toEqual([]);
  });
});
