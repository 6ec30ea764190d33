import type { ExtractedFigure } from '../domain/figure';
import { extract } from './extract';
import { withYenSign } from './yen';
import { withPesoOfReport } from './pesos';
import { withDollarOfReport } from './dollars';

export { parseFigureValue } from './parse-value';
export { toGoldRecord, toGoldLine } from './gold-record';
export type { GoldRecord } from './gold-record';

/** Every claimed figure in `text`, in order, non-overlapping, with spans into `text` itself. */
export function extractFigures(text: string): ExtractedFigure[] {
  return withDollarOfReport(text, withPesoOfReport(text, withYenSign(text, extract(text))));
}
