/**
 * The Electron renderer's one origin. IndexedDB and every other origin-keyed store belong to it,
 * so it must never change: renaming the scheme or host would orphan the auditor's saved work.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tickmark';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
