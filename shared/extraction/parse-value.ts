import type { FigureValue } from '../domain/figure';
import { scan } from './extract';

/**
 * Parse a value the auditor typed ("超过4500万户", "RMB 30,000 to 40,000", "80%", "1.2 GWh") with
 * the extractor's own grammar, without the noise filters: the first number in the input wins.
 */
export function parseFigureValue(input: string): FigureValue | null {
  const text = input.trim();
  if (!text) return null;
  const [first] = scan(text, { filter: false });
  if (!first || !Number.isFinite(first.value)) return null;
  const out: FigureValue = { value: round(first.value), unit: first.unit, qualifier: first.qualifier };
  if (first.valueMax !== undefined) out.valueMax = round(first.valueMax);
  return out;
}

function round(v: number): number {
  return Number(v.toPrecision(12));
}
