/**
 * Which language the UI speaks: the one the auditor chose in the app, else the first of the OS's
 * (the browser's) preferred languages Tickmark has a catalogue for, else English. Pure and shared:
 * the renderer's i18n.ts applies it to its catalogues, Electron's main to the native menu before
 * the renderer has said which language it chose.
 */

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What each language is called in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The catalogue for one BCP 47 tag: any Chinese but Traditional script or a Traditional region reads zh-CN; any English en. */
export function catalogueFor(tag: string): Language | null {
  const lower = tag.toLowerCase();
  const [language] = lower.split(/[-_]/);
  if (language === 'en') return 'en';
  if (language === 'zh') return /(^|[-_])(hant|tw|hk|mo)($|[-_])/.test(lower) ? null : 'zh-CN';
  return null;
}

/** The saved choice if there is one, else the first preferred language with a catalogue, else English. */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const language = catalogueFor(tag);
    if (language) return language;
  }
  return 'en';
}
