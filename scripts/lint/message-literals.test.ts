import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCaughtWords } from './caught-words';
import { findMessageLiterals } from './message-literals';

const RENDERER_SRC = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? moduleFiles(join(dir, entry.name)) : /(?<!\.test)(?<!\.d)\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('findMessageLiterals', () => {
  it('finds text written into refusals, error values, notices and status messages', () => {
    const found = findMessageLiterals(`
      throw new Refusal('That figure is gone.');
      return err(\`\${name} has no role here\`);
      addJournalNotice('error', 'The journal is gone.');
      status({ state: 'failed', message: cond ? 'Not written' : i18next.t('key') });
      problem = "Nothing awaits review.";`);
    expect(found.map((literal) => literal.text)).toEqual(['That figure is gone.', 'has no role here', 'The journal is gone.', 'Not written', 'Nothing awaits review.']);
  });

  it('lets through catalogue keys, placeholders only, a notice’s kind and recorded text', () => {
    const found = findMessageLiterals(`
      throw new Refusal(i18next.t('errors.figureGone'));
      return err(\`\${fileName}: \${reason}\`);
      addJournalNotice('ok', i18next.t('journal.notice.copied', { count }));
      recordArchive(id, 'archive.exported', \`\${count} events to \${path}\`, actor);
      const detail = 'Undoes the decision.';`);
    expect(found).toEqual([]);
  });
});

describe('renderer modules and components', () => {
  it('give the auditor no message that bypasses the locale catalogues', () => {
    const offenders = moduleFiles(RENDERER_SRC).flatMap((file) =>
      findMessageLiterals(readFileSync(file, 'utf8'), file).map((literal) => `${relative(RENDERER_SRC, file)}:${literal.line} ${literal.text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('show no caught error in its own words: errorText says it in the UI’s language', () => {
    const offenders = moduleFiles(RENDERER_SRC).flatMap((file) =>
      findCaughtWords(readFileSync(file, 'utf8'), file).map((place) => `${relative(RENDERER_SRC, file)}:${place.line} ${place.text}`),
    );
    expect(offenders).toEqual([]);
  });
});
