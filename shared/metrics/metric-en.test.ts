import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const metricOf = (text: string, figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText))?.metric;

describe('the metric of an English figure', () => {
  it('starts after a sentence a number ends, which the sentence bounds do not split (`for 244,000. Operating revenue was`)', () => {
    const text = 'Passenger vehicles accounted for 1,024,000 units, and commercial vehicles for 244,000. Operating revenue was RMB 166.25 billion.';
    expect(metricOf(text, '166.25')).toBe('Operating revenue');
  });
});

describe('the metric of an English figure after a second verb', () => {
  it('is the object of the verb joined by `and` (`… of ore and posted an EBITDA of A$ 2.41 billion`)', () => {
    const text = 'Despite weaker prices, we shipped 48.6 million tonnes of iron ore and posted an underlying EBITDA of A$2.41 billion in the year.';
    expect(metricOf(text, '2.41')).toBe('underlying EBITDA');
  });

  it('ends the first figure\'s words before the second verb (`delivered 12.4 million parcels on time and earned revenue`)', () => {
    const text = 'In 2024 the network delivered 12.4 million parcels on time and earned revenue of EUR 486.0 million.';
    expect(metricOf(text, '12.4')).toBe('parcels on time');
    expect(metricOf('Our buses carried 31.2 million passengers safely and earned fares of GBP 58.6 million.', '31.2')).toBe('passengers');
  });
});

describe('the metric of an English figure after an aside between commas', () => {
  const text = 'Kemi Mill, after the rebuild of its lime kiln in 2021, produced a record 1.18 million tonnes of pulp. Oulu Mill stopped for 12 days in May.';
  it('is the subject before the aside and its verb (`Kemi Mill produced`), of no year of the aside', () => {
    const figure = describeFigures(text, extractFigures(text)).find((f) => f.text.includes('1.18'));
    expect(figure?.metric).toBe('Kemi Mill produced');
    expect(figure?.period).toBeUndefined();
  });
});

describe('the metric of an English figure after an aside between dashes', () => {
  it('is the subject before the dashes (`Waste to landfill – what we could neither reuse, recycle nor recover – was 3,420 tonnes`)', () => {
    const text = 'Waste to landfill – what we could neither reuse, recycle nor recover, mostly mixed packaging – was 3,420 tonnes in 2023.';
    expect(metricOf(text, '3,420')).toBe('Waste to landfill');
  });

  it('is not read past one dash alone (`Scope 3 - purchased goods: 41,200 tCO2e`)', () => {
    expect(metricOf('Category 1 - purchased goods and services was 41,200 tCO2e in 2023.', '41,200')).not.toBe('Category 1');
  });
});

describe('the metric of an English figure said after `of`, a change after its copula', () => {
  it('is the words before it (`Freight revenue of EUR 12.46 billion was up 3.2%`), not the change (`up 3`)', () => {
    expect(metricOf('Freight revenue of EUR 12.46 billion was up 3.2% on the year.', '12.46')).toBe('Freight revenue');
    expect(metricOf('Net debt of EUR 2.18 billion was 4.1% lower than a year earlier.', '2.18')).toBe('Net debt');
  });

  it('is still what the copula names when it names a measure (`EUR 41.2 million was our community investment`)', () => {
    expect(metricOf('In total, EUR 41.2 million was our community investment.', '41.2')).toBe('our community investment');
  });
});

describe('the metric of an English area after a verb of extent', () => {
  // what covers an area is what it measures, not the verb's clause read as nothing
  it('is the subject before `covered` (`Rain-fed vineyards covered 4,860 hectares`)', () => {
    const text = 'At harvest our estates spanned 12,480 hectares in three valleys. Rain-fed vineyards covered 4,860 hectares, 38.9% of the total.';
    expect(metricOf(text, '4,860')).toBe('Rain-fed vineyards');
    expect(metricOf(text, '12,480')).toBe('At harvest our estates');
  });

  it('reads no other unit so (`The programme covered 14 schools`)', () => {
    expect(metricOf('The programme covered 14 schools in two districts.', '14')).not.toBe('The programme');
  });
});

describe('the metric of an English figure in a clause opened by a joining word alone', () => {
  it('is the thing it counts after its unit (`, and 2.41 million TEU of containers, up 6.0%`)', () => {
    const text = 'In 2024 the terminal handled 88 million tonnes of bulk cargo, up 3.1%, and 2.41 million TEU of containers, up 6.0%.';
    expect(metricOf(text, '2.41')).toBe('containers');
  });
});

describe('the metric of an English figure a thing stands at, after `with` or `and`', () => {
  it('is the thing (`with Scope 1 at 3,120 tCO2e and Scope 2 at 9,360 tCO2e`)', () => {
    const text = 'Our brewery emitted 12,480 tCO2e in 2024, with Scope 1 at 3,120 tCO2e and Scope 2 at 9,360 tCO2e, down 4.2% on 2023.';
    expect(metricOf(text, '3,120')).toBe('Scope 1');
    expect(metricOf(text, '9,360')).toBe('Scope 2');
  });
});

describe('the metric of an English percentage after another figure`s clause joined by `and`', () => {
  it('reads `course fees fell`, not the figure before and its `and`', () => {
    const text = 'Membership income rose 6.2% and course fees fell 3.1% as fewer schools booked.';
    expect(metricOf(text, '3.1%')).toBe('course fees fell');
    expect(metricOf(text, '6.2%')).toBe('Membership income rose');
  });
});

describe('the metric of an English change said after a share', () => {
  it('leaves the share`s whole to the share (`21.7% of group revenue and up 6.1%`)', () => {
    const text = 'Hospitality was again our second business, earning £48.2 million, 21.7% of group revenue and up 6.1%.';
    expect(metricOf(text, '6.1')).not.toContain('group revenue');
  });
});

describe('the words nearest a figure, cut to the last six', () => {
  it('keep a code\'s word with its number (`Tier 1 and 2 suppliers audited per buyer`, not `1 and 2 …`)', () => {
    expect(metricOf('Audits rose 4.2%. Tier 1 and 2 suppliers audited per buyer were 3.8 suppliers, and 14 buyers left.', '3.8')).toBe('Tier 1 and 2 suppliers audited per buyer');
    expect(metricOf('Emissions fell 5.9%. Scope 1 and 2 emissions per employee were 1.26 tCO2e.', '1.26')).toBe('Scope 1 and 2 emissions per employee');
  });
});

describe('the metric of an English part of a whole named after `of the`', () => {
  it('is that whole and the words its own verb says of the part (`of the steam we raised was from biomass`)', () => {
    const text = 'Our boilers raised 18,400 MWh of steam, and 6,250 MWh of the steam we raised was from wood chips, or 34.0% of it.';
    expect(metricOf(text, '6,250')).toBe('steam we raised from wood chips');
    expect(metricOf('In 2024, 1,120 tonnes of the glass we melted were from returned bottles.', '1,120')).toBe('glass we melted from returned bottles');
  });
});

describe('the metric of a share said in a fraction word after its subject and verb', () => {
  it('names the subject as the part (`Online orders made up a third of sales`), as a share in digits takes in the amount before it', () => {
    expect(metricOf('In 2024 online orders made up a third of sales, and our stores held their ground.', 'a third')).toBe('online orders share of sales');
    expect(metricOf('Overseas clients now bring in almost half of our fees.', 'half')).toBe('Overseas clients now share of our fees');
  });

  it('a share in digits, or a fraction with no subject and verb before it, keeps its whole alone', () => {
    expect(metricOf('In 2024 online orders made up 33.9% of sales, and our stores held their ground.', '33.9%')).toBe('share of sales');
    expect(metricOf('A third of sales were made online.', 'third')).toBe('share of sales were made online');
  });
});

describe('the metric of a share said in a fraction word of a whole said by a pronoun', () => {
  it('takes no subject as its part (`Hospital sites now bring in nearly half of it`): which whole is the sentence before\'s', () => {
    const text = 'Revenue grew 6.2% to C$41.8 million. Hospital sites now bring in nearly half of it, and we added 14 of them.';
    expect(metricOf(text, 'half')).toBe('share of it');
    expect(metricOf('Hospital sites now bring in nearly half of revenue.', 'half')).toBe('Hospital sites now share of revenue');
  });
});
