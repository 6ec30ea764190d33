// Text built to make a scanner look back or ahead from every candidate: each entry is one unit,
// repeated to any length. Used by the linear-time properties and by `npm run bench`.

export interface AdversarialUnit {
  name: string;
  unit: string;
}

export const ADVERSARIAL_UNITS: readonly AdversarialUnit[] = [
  { name: 'sentences separated by `;`', unit: 'Water use fell 12% in 2023;the plant recycled 3,400 tonnes;' },
  { name: '`;` glued to figures', unit: 'water;5%' },
  { name: 'a run of `&`', unit: '&' },
  { name: '`&` entities between figures', unit: '&a;1' },
  { name: '`<` never closed', unit: '<a' },
  { name: 'tags nested without end', unit: '<b><i>1' },
  { name: '`<script>` never closed', unit: '<script>1' },
  { name: 'digits letter-spaced with commas', unit: '1,1 ' },
  { name: 'a run of `万`', unit: '万' },
  { name: 'a run of `亿`', unit: '一亿' },
  { name: 'a share of a share', unit: '二分之' },
  { name: 'one long number', unit: '7' },
  { name: 'one long word', unit: 'x' },
  { name: 'lines ending in a carriage return', unit: '\r5 kg' },
  { name: 'label cells before a unit cell, never a line break', unit: '\t35\t%' },
  { name: 'one-space rows, never a line break', unit: 'Women % 18.0 19.0 ' },
  { name: 'figures with a glued `m`, never a line break', unit: '0million;' },
  { name: 'glued `m)` with no bracket opened, never a line break', unit: '\t0m)' },
  { name: 'figures between column gaps, never a line break', unit: 'x  1  ' },
  { name: 'figures with a scale word a space after, never a line break', unit: '1 million ' },
  { name: 'flattened rows with a bracketed unit, never a line break', unit: 'Paper (KG) 9158 ' },
  { name: 'earlier periods\' values in brackets, never a line break', unit: '38 vessels (FY2022: 41) ' },
  { name: 'book titles never closed', unit: '《1' },
  { name: 'a table flattened to one paragraph', unit: '直接能源消耗量兆瓦时 1,721,483 ' },
  { name: 'rates flattened with label numbers', unit: '范围 1,2 排放强度吨 / 百万元 1.1 ' },
];

/** `unit` repeated to exactly `chars` characters. */
export function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Pieces the random units are made of: markup, separators, numerals, scale and unit words. */
export const ADVERSARIAL_TOKENS: readonly string[] = [
  ';', '&', '<', '>', '/', '1', '0', ',', '.', ' ', '\n', '\r', '\t', '万', '亿', '一', '分之', '数', '十', '个', '元', '年',
  '%', '-', '“', '《', '#', '*', '_', 'a', 'Z', 'over', 'million', 'thousand', 'one', 'of', 'to', 'users', 'RMB', '$',
  'Scope', '&amp;', '<b>', '<script>', '2019', '。',
];
