import { describe, expect, it } from 'vitest';
import { dimensionOf } from './dimension';

// A short plural noun after a number counts things (`12.86 million cars`, `186 million eggs`), as a longer one does;
// a unit of one to four letters is a measure (`tce`, `GJ`, `boe`), and so are days, hours, years and pounds.

describe('the dimension of a figure whose unit is a short word', () => {
  it('is a count for a plural noun of things counted', () => {
    for (const unit of ['eggs', 'vans', 'beds', 'pigs', 'kids', 'cups']) expect(dimensionOf({ unit }), unit).toBe('count');
  });

  it('stays a measure for an abbreviated unit and for days, hours, years and pounds', () => {
    for (const unit of ['tce', 'boe', 'GJ', 'days', 'hrs', 'yrs', 'lbs', 'tons']) expect(dimensionOf({ unit }), unit).not.toBe('count');
  });
});
