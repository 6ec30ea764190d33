import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findText, indexText } from '../../shared/find/text-index';
import { queriesFrom } from './find';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');

describe('find over the seed reports', () => {
  const text = seed('alibaba-2022-esg-report.txt') + seed('ant-financial-2016-sustainability-report.txt');
  const index = indexText('seeds', text);

  it('finds every query the bench types at least as often as a raw scan does, each hit reading as the query', () => {
    const queries = queriesFrom(text);
    expect(queries.length).toBeGreaterThan(20);
    for (const query of queries) {
      const raw = text.split(query).length - 1;
      const found = findText([index], query, { limit: 20 });
      expect(found.total).toBeGreaterThanOrEqual(Math.max(1, raw));
      for (const hit of found.hits) expect(hit.match.replace(/\s/g, '').toLowerCase()).toBe(query.replace(/\s/g, '').toLowerCase());
    }
  });

  it('finds a Chinese word the report breaks over a line', () => {
    // 未\n来\n好\n社\n会 is set vertically on the Ant Financial cover.
    expect(text).toContain('未\n来\n好\n社\n会');
    const hits = findText([index], '未来好社会').hits.map((hit) => text.slice(hit.start, hit.end));
    expect(hits).toContain('未\n来\n好\n社\n会');
  });
});
