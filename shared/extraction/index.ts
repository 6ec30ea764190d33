import type { ExtractedFigure } from '../domain/figure';
import { extract } from './extract';
import { withYenSign } from './yen';

export { parseFigureValue } from './parse-value';
export { toGoldRecord, toGoldLine } from './gold-record';
export type { GoldRecord } from './gold-record';

/** Every claimed figure in `text`, in order, non-overlapping, with spans into `text` itself. */
export function extractFigures(text: string): ExtractedFigure[] {
  return withYenSign(text, extract(text));
}
