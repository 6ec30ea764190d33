// What a table row's percentage is a change or a share of: the row's other cells, an amount of money or a physical
// measure. A product's revenue change (`针织面料  42.36  39.84  +6.3` under `（单位：亿元）`) and its output change
// (`针织面料  亿米  4.86  4.48  +8.5`) share a row label and are two metrics; so are `Pangasius fillets` in VND billion
// and in tonnes. Two measures are not told apart (`Gold produced (kg)` and `Gold produced (oz)` change alike), nor
// cells of no known unit.

import { dimensionOf, type Dimension } from '../readers/dimension';
import { tableBlocks } from '../readers/table-blocks';
import { type CheckDocument } from '../types';

export type Levels = 'money' | 'measure' | 'count';

/** (a count of people or things, `Research and development  336  8.4  298`, is a kind of its own: its share or change is no spend's) */
export const levelsOf = (dimension: Dimension): Levels | undefined => (dimension.startsWith('currency:') ? 'money' : dimension.startsWith('measure:') ? 'measure' : dimension === 'count' ? 'count' : undefined);

const read = new WeakMap<CheckDocument, Map<number, Levels>>();

/** By figure index, each percentage cell's row's levels, when the row's other cells are all money or all measures. */
export function rowLevels(doc: CheckDocument): Map<number, Levels> {
  let levels = read.get(doc);
  if (levels) return levels;
  levels = new Map();
  for (const rows of tableBlocks(doc))
    for (const row of rows) {
      const kinds = new Set<Levels | undefined>();
      for (const cell of row.cells) if (cell && dimensionOf(cell.figure) !== 'percent') kinds.add(levelsOf(dimensionOf(cell.figure)));
      const [kind] = kinds;
      if (kinds.size !== 1 || kind === undefined) continue;
      for (const cell of row.cells) if (cell && dimensionOf(cell.figure) === 'percent') levels.set(cell.index, kind);
    }
  read.set(doc, levels);
  return levels;
}
