// Extraction's time on adversarial text of 1, 2 and 4 MB: linear work doubles with the text, a
// quadratic scan quadruples (the `;` text of issue 10 never finished at 5 MB before).
import { extractFigures } from '../../shared/extraction/index';
import { ADVERSARIAL_UNITS, repeatTo } from '../../shared/extraction/__fixtures__/adversarial-text';
import { median } from './stats';

const MB = 1024 * 1024;
const SIZES_MB = [1, 2, 4] as const;
const MEASURED = [
  'sentences separated by `;`',
  '`;` glued to figures',
  '`&` entities between figures',
  'digits letter-spaced with commas',
  '`<` never closed',
  'lines ending in a carriage return',
];

export interface ScalingRow {
  name: string;
  /** Median milliseconds at 1, 2 and 4 MB. */
  ms: number[];
}

export function benchExtractionScaling(rounds = 3): { rows: ScalingRow[]; markdown: string } {
  const rows = ADVERSARIAL_UNITS.filter(({ name }) => MEASURED.includes(name)).map(({ name, unit }) => {
    extractFigures(repeatTo(unit, 64 * 1024)); // warm-up
    const ms = SIZES_MB.map((size) => {
      const text = repeatTo(unit, size * MB);
      const times: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const started = performance.now();
        extractFigures(text);
        times.push(performance.now() - started);
      }
      return median(times);
    });
    return { name, ms };
  });
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  const markdown = [
    `Each text is one short unit repeated to the size; median of ${rounds} runs of \`extractFigures\` in one thread.`,
    '',
    '| text | 1 MB | 2 MB | 4 MB | 2 MB / 1 MB | 4 MB / 2 MB |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ name, ms }) => `| ${name} | ${ms.map((x) => `${Math.round(x).toLocaleString('en-US')} ms`).join(' | ')} | ${ratio(ms[0]!, ms[1]!)} | ${ratio(ms[1]!, ms[2]!)} |`),
  ].join('\n');
  return { rows, markdown };
}
