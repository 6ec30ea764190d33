import { describe, expect, it } from 'vitest';
import { findCaughtWords } from './caught-words';

// Every renderer module is scanned in message-literals.test.ts.

describe('findCaughtWords', () => {
  it('finds a caught error’s own words read in a catch clause, a .catch and a .then rejection handler', () => {
    const found = findCaughtWords(`
      try { run(); } catch (error) { show(i18next.t('x', { reason: error instanceof Error ? error.message : String(error) })); }
      load().catch((problem: unknown) => setState({ message: String(problem) }));
      load().then(ok, (e) => fail(e.message));`);
    expect(found.map((place) => place.text)).toEqual(['error.message', 'String(error)', 'String(problem)', 'e.message']);
  });

  it('lets through errorText, a Refusal’s message, and messages of values that were not caught', () => {
    const found = findCaughtWords(`
      try { run(); } catch (error) { show(errorText(error)); }
      try { run(); } catch (error) { if (!(error instanceof Refusal)) throw error; skipped.push(error.message); }
      load().then((answer) => show(answer.message));
      const line = check.message;`);
    expect(found).toEqual([]);
  });
});
