import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsxLiterals } from './jsx-literals';

const RENDERER_SRC = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

describe('findJsxLiterals', () => {
  it('finds JSX text, rendered literals and visible attributes', () => {
    const found = findJsxLiterals(`
      const A = ({ on }) => (
        <div title="Hover text" className="not-shown">
          Plain words
          {on ? 'Shown when on' : t('fine')}
          {on && \`\${n} figures\`}
          <input placeholder={'Type here'} aria-label={t('ok')} />
        </div>
      );`);
    expect(found.map((literal) => literal.text)).toEqual(['Hover text', 'Plain words', 'Shown when on', 'figures', 'Type here']);
  });

  it('lets through symbols, class names, keys of the catalogue and proper names', () => {
    expect(findJsxLiterals(`const B = () => <span className="brand" data-x={on ? 'a' : 'b'}>× · → {t('a.b')} Tickmark {cls ? '✓' : ''}</span>;`)).toEqual([]);
  });
});

describe('renderer components', () => {
  it('show no text that bypasses the locale catalogues', () => {
    const offenders = tsxFiles(RENDERER_SRC).flatMap((file) =>
      findJsxLiterals(readFileSync(file, 'utf8'), file).map((literal) => `${relative(RENDERER_SRC, file)}:${literal.line} ${literal.text}`),
    );
    expect(offenders).toEqual([]);
  });
});
