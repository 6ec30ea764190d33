import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string): Array<[number, string]> => extractFigures(text).map((f) => [f.value, f.unit]);

describe('a count that refers back to the noun counted before it', () => {
  it('takes the noun of the figure before it in its sentence', () => {
    expect(units('Eleven sites, six of them in water-stressed regions, run closed loops.')).toEqual([[11, 'sites'], [6, 'sites']]);
    expect(units('We carried 14.2 million tonnes of freight, of which 9.6 million by electric traction.')).toEqual([[14.2e6, 't'], [9.6e6, 't']]);
    expect(units('Our schemes collected 860 million bottles, and retail partners another 140 million.')).toEqual([[860e6, 'bottles'], [140e6, 'bottles']]);
    expect(units('57 stores were using it, 17 of them added this year.')).toEqual([[57, 'stores'], [17, 'stores']]);
  });

  it('keeps the part\'s own noun after `of them`', () => {
    expect(units('we employed 6,842 people, 1,627 of them women (23.8%).')).toEqual([[6842, 'people'], [1627, 'women'], [23.8, '%']]);
  });

  it('takes it for a comparison or a change\'s start whose noun is elided (`12 fewer than`, `down from 2.97`)', () => {
    expect(units('We recorded 31 spills, 9 fewer than in 2022, and 4 more than planned.')).toEqual([[31, 'spills'], [9, 'spills'], [4, 'spills']]);
    expect(units('Intensity was 0.82 MWh per tonne, down from 0.91.')).toEqual([[0.82, 'MWh'], [0.91, 'MWh']]);
  });

  it('takes it for a part whose word after it only says what befell it (`1,058 announced`, `14 closed`)', () => {
    expect(units('We ran 212 inspections: 150 scheduled and 62 unscheduled.')).toEqual([[212, 'inspections'], [150, 'inspections'], [62, 'inspections']]);
    expect(units('We opened 27 stores and 14 closed.')).toEqual([[27, 'stores'], [14, 'stores']]);
    expect(units('It has 90 buildings, 40 refurbished; 12 beds.')).toEqual([[90, 'buildings'], [40, 'buildings'], [12, 'beds']]);
    expect(units('It ran 60 courses and trained 2,000 registered "Blue Cap" volunteers.')).toEqual([[60, 'courses'], [2000, 'registered']]);
  });

  it("gives an earlier period's value in brackets after a figure that figure's unit", () => {
    expect(units('Our fleet of 38 vessels (FY2022: 41) sailed on.')).toEqual([[38, 'vessels'], [41, 'vessels']]);
    expect(units('Intensity was 0.38 t CO2/MWh (2022: 0.43).')).toEqual([[0.38, 'tCO2'], [0.43, 'tCO2']]);
    expect(units('Emissions were 31 kgCO2e/m2 (2019 baseline: 35).')).toEqual([[31, 'kgCO2e'], [35, 'kgCO2e']]);
    // past the figure's own year (`11,284 homes in 2023 (2022: 14,906)`), but not past another number,
    // nor a bracket that is no earlier period's
    expect(units('We hired 12 people in 2023 (2022: 9).')).toEqual([[12, 'people'], [9, 'people']]);
    expect(units('We hired 12 people at Terminal 4 (2022: 9).')).toEqual([[12, 'people'], [9, '']]);
    expect(units('We hired 12 people (see note: 9).')).toEqual([[12, 'people']]);
  });

  it('takes nothing across a sentence\'s end or a semicolon, nor with no figure before', () => {
    expect(units('We run 40 sites. Six of them are in Asia.')).toEqual([[40, 'sites'], [6, '']]);
    expect(units('in nine countries; 14,500 of them now use the app')).toEqual([[9, 'countries'], [14500, '']]);
    expect(units('while 7,000 of them are severely dishonest')).toEqual([[7000, '']]);
  });
});

describe('a count opening the clause after a semicolon', () => {
  it('with its share after it, as the clause before gave its count’s, counts that clause’s noun', () => {
    const text = '•  1,940 employees self-identify as veterans, 4.0% of the workforce; 2,650, or\n   5.5%, as people with disabilities.';
    expect(extractFigures(text).map((f) => [f.text, f.unit])).toEqual([
      ['1,940', 'employees'],
      ['4.0%', '%'],
      ['2,650', 'employees'],
      ['5.5%', '%'],
    ]);
  });

  it('without a share after it stays bare', () => {
    expect(extractFigures('We hired 1,940 employees, 4.0% of the workforce; 2,650 left.').find((f) => f.value === 2650)?.unit).toBe('');
  });

  it('as the subject of `were` whose complement ends on the noun the clause before counted, counts it', () => {
    const text = 'The cooperative runs 640 farms, 212 of them in the hill districts; 178 were certified organic farms, 27.8% of the total.';
    expect(units(text)).toContainEqual([178, 'farms']);
    // a complement of another noun names no count of the farms
    expect(extractFigures('The cooperative runs 640 farms, 212 of them in the hill districts; 178 were certified last spring.').find((f) => f.value === 178)?.unit ?? '').toBe('');
  });
});

describe('an earlier value compared with the figure before it', () => {
  it('takes that figure’s unit after `flat on`, `compared with`, `against`, a period’s possessive between', () => {
    expect(units('Collections are expected to be 1,470–1,500 million kgMS, broadly flat on FY24\'s\n1,482 million.')).toEqual([[1470e6, 'kgMS'], [1482e6, 'kgMS']]);
    expect(units('Scope 1 emissions were 412 tCO2e, compared with last year\'s 438.')).toEqual([[412, 'tCO2e'], [438, 'tCO2e']]);
  });
});
