import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULES = new Set(['change.to-a-restated-level', 'change.points-to-a-restated-level']);
const said = (c: { holds: boolean; rule: string; figures: Array<{ value: number }> }) => [c.rule, c.holds, c.figures.map((f) => f.value)];
const ofRule = (text: string) => checksOf('change', text).filter((c) => RULES.has(c.rule)).map(said);

describe('a rate of change said again of the same new level, its old value only in the other statement', () => {
  const airline = (letter: string, points: string) => `Message from the Chief Executive
Our fleet renewal is paying off: we cut jet fuel use by ${letter}% to 1,842 kilotonnes, and on-time performance
improved to 84.6%, up ${points} points, as the new schedule bedded in.

3. Operations
Jet fuel consumption fell 6.1% to 1,842 kilotonnes (2022: 1,962 kilotonnes) as the A321neo fleet grew.
Of 212,400 flights operated, 179,690 (84.6%) arrived on time, up 2.9 percentage points from 81.7% in 2022.
`;

  it('reads the letter`s rate over the old value the section gives for the same level', () => {
    expect(ofRule(airline('6.1', '2.9'))).toEqual([
      ['change.to-a-restated-level', true, [1_962, 1_842, 6.1]],
      ['change.points-to-a-restated-level', true, [81.7, 84.6, 2.9]],
    ]);
    expect(ofRule(airline('7.1', '9.2'))).toEqual([
      ['change.to-a-restated-level', false, [1_962, 1_842, 7.1]],
      ['change.points-to-a-restated-level', false, [81.7, 84.6, 9.2]],
    ]);
  });

  it('reads no rate whose own sentence gives its old value', () => {
    const ownOld = `${airline('6.1', '2.9')}Fuel burn fell 8.2% to 1,842 kilotonnes from 2,006 kilotonnes in 2021.\n`;
    expect(ofRule(ownOld)).toEqual([
      ['change.to-a-restated-level', true, [1_962, 1_842, 6.1]],
      ['change.points-to-a-restated-level', true, [81.7, 84.6, 2.9]],
    ]);
  });
});
