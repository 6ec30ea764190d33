import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

/** Every leaf of a catalogue as `path.to.key` → text. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [leaf, text] of leaves(value as object, path)) out.set(leaf, text);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const CATALOGUES = { en: leaves(en), 'zh-CN': leaves(zhCN) };

/** Base key → the plural forms present (empty for a key without plural forms). */
function byBaseKey(catalogue: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of catalogue.keys()) {
    const form = PLURAL.exec(key)?.[1];
    const base = key.replace(PLURAL, '');
    const forms = out.get(base) ?? new Set<string>();
    if (form) forms.add(form);
    out.set(base, forms);
  }
  return out;
}

/** What a text interpolates and which markup it wraps: `{{count}}`, `<strong>`. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`);

describe('locale catalogues', () => {
  const en = byBaseKey(CATALOGUES.en);
  const zh = byBaseKey(CATALOGUES['zh-CN']);

  it('have the same keys in English and Chinese', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('give each plural key exactly the forms its language needs', () => {
    for (const [language, catalogue] of [['en', en], ['zh-CN', zh]] as const) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();
      for (const [key, forms] of catalogue) {
        const partner = (language === 'en' ? zh : en).get(key);
        if (forms.size === 0 && partner?.size === 0) continue;
        expect([...forms].sort(), `${language} ${key}`).toEqual(needed);
      }
    }
  });

  it('interpolate the same values and wrap the same markup in both languages', () => {
    const used = (catalogue: Map<string, string>, base: string) =>
      new Set([...catalogue].filter(([key]) => key.replace(PLURAL, '') === base).flatMap(([, text]) => placeholders(text)));
    for (const base of en.keys()) {
      const english = used(CATALOGUES.en, base);
      // A Chinese plural has only the `other` form, which writes the number where English says "1 …".
      english.delete('count');
      const chinese = used(CATALOGUES['zh-CN'], base);
      chinese.delete('count');
      expect([...chinese].sort(), base).toEqual([...english].sort());
    }
  });

  it('leave no Chinese text untranslated', () => {
    const untranslated = [...CATALOGUES['zh-CN']].filter(([key, text]) => /[a-z]{4,}/i.test(text.replace(/<[^>]+>|\{\{[^}]+\}\}|Tickmark|PDF|HTML|Markdown|Word|Excel|JPEG|UTF-8|SHA-256|CSV|JSON|Ctrl|Page (Up|Down)|Esc|\.\w+/g, '')) && !key.startsWith('document.formatName'));
    expect(untranslated).toEqual([]);
  });
});
