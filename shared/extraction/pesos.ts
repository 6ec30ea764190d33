import type { ExtractedFigure } from '../domain/figure';

// `pesos` alone, as a table's caption names them (`(in million pesos)`), are Mexico's or the
// Philippines' (or Chile's, Colombia's…). Read alone they are the Mexican peso; in a report that
// writes the Philippine peso's sign or code (`₱`, `PHP`, `Php`) or names the Philippines more often
// than Mexico's (`Ps.`, `MXN`, `Mexico`), they are the Philippine peso.

const PHILIPPINE = /₱|\bPHP\b|\bPhp\b|\bPhilippines?\b|\bPhilippine\b/g;
const MEXICAN = /\bPs\.?(?= ?\d)|\bMXN\b|\bMexic(?:o|an)\b/g;

/** The figures read as Mexican pesos from a caption's bare `pesos`, read as Philippine pesos in a Philippine report. */
export function withPesoOfReport(text: string, figures: ExtractedFigure[]): ExtractedFigure[] {
  if (!figures.some(barePeso) || count(text, PHILIPPINE) <= count(text, MEXICAN)) return figures;
  return figures.map((f) => (barePeso(f) ? { ...f, unit: 'PHP' } : f));
}

/** A Mexican peso whose own text names no Mexican peso (a table cell under a caption's `pesos`). */
const barePeso = (f: ExtractedFigure): boolean => f.unit === 'MXN' && !/Ps|MXN|Mexic|peso/i.test(f.text);

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
