/**
 * The sample engagement offered at first run: a short bilingual report excerpt (Ant Financial's
 * 2016 sustainability report, in Chinese and English) and one evidence workbook (CNNIC's internet
 * users of March 2020), shipped in assets/sample and served from the app's own files, never the
 * network. They are imported as any file the auditor chooses, so the sample walks the real loop.
 */
import type { Role } from '../../../../shared/domain/review';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { createEngagement } from '../../db/actions';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/i18n';
import { addEngagement, persist } from '../../state/workspace';
import { importFiles } from '../import/import-jobs';

// `no-inline`: a `data:` URL would be refused by the CSP's `connect-src 'self'`.
const SAMPLE_FILES = import.meta.glob<string>(['../../../../assets/sample/*.txt', '../../../../assets/sample/*.xlsx'], {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** The report first, then the evidence, as an auditor would import them. */
const sampleUrls = () =>
  Object.entries(SAMPLE_FILES)
    .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url }))
    .sort((a, b) => Number(a.name.endsWith('.xlsx')) - Number(b.name.endsWith('.xlsx')));

async function sampleFiles(): Promise<Result<File[], string>> {
  const files: File[] = [];
  for (const { name, url } of sampleUrls()) {
    try {
      const response = await fetch(url);
      // The status's words (`Not Found`) are HTTP's English: its number says it in any language.
      if (!response.ok) return err(i18next.t('welcome.sampleUnread', { name, status: response.status }));
      files.push(new File([await response.arrayBuffer()], name));
    } catch (error) {
      return err(`${name}: ${errorText(error)}`);
    }
  }
  return files.length > 0 ? ok(files) : err(i18next.t('welcome.sampleMissing'));
}

/** Create the sample engagement with the user in `role`, open it and import its files. */
export async function openSampleEngagement(name: string, userName: string, role: Role): Promise<Result<void, string>> {
  const files = await sampleFiles();
  if (!files.ok) return files;
  const created = await persist(() => createEngagement(name, userName, role));
  if (!created.ok) return err(created.error);
  await addEngagement(created.value);
  importFiles(files.value);
  return ok(undefined);
}
