import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../shared/extraction';
import { queueView, ALL_FIGURES, type QueueItem } from '../queue/queue-view';
import { figuresMatching, isEmptyQuery, parseBound, unitsInUse, type FigureQuery, type QueryableFigure } from './figure-query';

const TEXT = '2021年员工满意度达到85%。女性员工占比42%。温室气体排放总量为29591.48tCO2e。集团营收1,200亿元，捐赠300万元。';
const figures: Array<QueryableFigure & { text: string }> = extractFigures(TEXT).map((figure, index) => ({ ...figure, id: `f${index}`, documentId: 'doc' }));
const textOf = (id: string) => (id === 'doc' ? TEXT : undefined);
const matching = (query: FigureQuery) => [...figuresMatching(figures, query, textOf)].map((id) => figures.find((f) => f.id === id)!.text);

describe('figure query', () => {
  it('reads the report through the real extractor', () => {
    expect(figures.map((figure) => figure.text)).toEqual(expect.arrayContaining(['85%', '42%', '29591.48tCO2e', '300万元']));
  });

  it('keeps figures whose value lies in the range, bounds included', () => {
    expect(matching({ min: 40, max: 85 })).toEqual(['85%', '42%']);
    expect(matching({ min: 1e9 })).toEqual(['1,200亿元']);
  });

  it('matches a unit whatever its case or width', () => {
    expect(matching({ unit: 'tco2e' })).toEqual(['29591.48tCO2e']);
    expect(matching({ unit: '％' })).toEqual(['85%', '42%']);
  });

  it('needs every word of the context in the figure sentence, Chinese without spaces', () => {
    expect(matching({ words: '女性 占比' })).toEqual(['42%']);
    expect(matching({ words: '温室气体 排放' })).toEqual(['29591.48tCO2e']);
    expect(matching({ words: '温室气体 女性' })).toEqual([]);
  });

  it('matches the metric a figure carries, when it carries one', () => {
    const withMetric: QueryableFigure[] = [
      { id: 'a', documentId: 'doc', value: 1, unit: 'x', metric: 'Mobile payment users', sentence: { start: 0, end: 0 } },
      { id: 'b', documentId: 'doc', value: 1, unit: 'x', sentence: { start: 0, end: 0 } },
    ];
    expect([...figuresMatching(withMetric, { metric: 'payment users' }, textOf)]).toEqual(['a']);
  });

  it('keeps a range that overlaps the bounds', () => {
    const range: QueryableFigure = { id: 'r', documentId: 'doc', value: 30_000, valueMax: 40_000, unit: 'CNY', sentence: { start: 0, end: 0 } };
    expect(figuresMatching([range], { min: 35_000, max: 50_000 }, textOf).has('r')).toBe(true);
    expect(figuresMatching([range], { min: 41_000 }, textOf).has('r')).toBe(false);
  });

  it('limits the queue to the matches through the queue filter', () => {
    const items: QueueItem[] = figures.map((figure) => ({ id: figure.id, documentId: 'doc', status: 'open', review: 'unreviewed' }));
    const ids = figuresMatching(figures, { unit: '%' }, textOf);
    expect(queueView(items, { ...ALL_FIGURES, figureIds: ids }).rows.map((row) => row.id)).toEqual([...ids]);
  });

  it('parses typed bounds and tells an empty query', () => {
    expect(parseBound('1,000')).toBe(1000);
    expect(parseBound('１２')).toBe(12);
    expect(parseBound('abc')).toBeUndefined();
    expect(parseBound(' ')).toBeUndefined();
    expect(isEmptyQuery({ unit: ' ', words: '' })).toBe(true);
    expect(isEmptyQuery({ min: 0 })).toBe(false);
  });

  it('suggests units by how often they are used', () => {
    expect(unitsInUse(figures)[0]).toBe('%');
  });
});
