import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a post-production house's revenue: a list of changes whose verb only its first item says, beside a table with a share column
const report = (said: string) =>
  [
    `Visual effects grew 12.8% to RMB148.6 million, sound design and mixing ${said}.`,
    '',
    'Table 1  Revenue by service (RMB 10,000)',
    'Service                           2024       2023  Share (%)  Change (%)',
    'Visual effects                  14,860     13,170       47.0       +12.8',
    'Sound design and mixing          5,190      4,880       16.4        +6.4',
    'Studio and equipment rental      3,320      3,050       10.5        +8.9',
    'Colour grading                   8,230      8,210       26.0        +0.2',
    'Total revenue                   31,600     29,310       99.9        +7.8',
    '',
  ].join('\n');

const disagreeing = (text: string) =>
  [...checksOf('consistency', text), ...checksOf('ratio', text)].filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

describe('a rate followed by the level it went to', () => {
  it('is a change, no share a share column restates (`studio and equipment rental 8.9% to RMB33.2 million`)', () => {
    expect(disagreeing(report('6.4% to RMB51.9 million, and studio and equipment rental 8.9% to RMB33.2 million'))).toEqual([]);
  });
});
