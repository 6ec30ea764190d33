/**
 * The app's one i18next instance: both catalogues bundled (nothing is fetched), the language picked
 * at start (language.ts) and switchable in the app, the choice kept in localStorage so it is known
 * before the first paint. `<html lang>` follows, so screen readers and CJK fonts get it right.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { isLanguage, pickLanguage, type Language } from '../../../shared/i18n/ui-language';
import { tickmark } from '../ipc/tickmark';

const STORAGE_KEY = 'tickmark.language';

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const preferred = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: pickLanguage(savedLanguage(), preferred),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  // React escapes what it renders; escaping here too would show &amp; in the UI.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const markDocument = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};

/** Electron's native menu speaks the UI's language: tell the Node side at start and on every switch. */
const tellShell = (language: string) => {
  if (!isLanguage(language)) return;
  try {
    void tickmark().invoke('app:setLanguage', { language }).catch(() => undefined);
  } catch {
    // Opened outside Tickmark (or in a unit test): there is no native menu to translate.
  }
};
const followLanguage = (language: string) => {
  markDocument(language);
  tellShell(language);
};
followLanguage(i18next.language);
i18next.on('languageChanged', followLanguage);

/** Switch the UI's language and remember the choice for the next start. */
export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (private profile): the choice still holds until the app closes.
  }
  void i18next.changeLanguage(language);
}

export { i18next };
