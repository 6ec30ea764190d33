// The answer key's whole score reads each document's text by its file name (`score`'s texts), over every set at once: two
// blind batches holding a file of one name would cross their entries (batch 67's Jingdezhen files first took the name of
// batch 55's). Every blind file's name is its own.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BLIND = resolve(__dirname, '../../shared/checks/answer-key/blind');

describe("the answer key's blind files", () => {
  it('each have a name no other batch uses', () => {
    const batches = readdirSync(BLIND, { withFileTypes: true }).filter((d) => d.isDirectory());
    const where = new Map<string, string[]>();
    for (const batch of batches) for (const file of readdirSync(join(BLIND, batch.name))) where.set(file, [...(where.get(file) ?? []), batch.name]);
    expect(batches.length).toBeGreaterThan(50);
    expect([...where].filter(([, holders]) => holders.length > 1)).toEqual([]);
  });
});
