import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../db/records';
import { errorText } from '../../i18n/error-text';
import { rememberPassword } from '../import/session-passwords';
import { openDocument } from '../pdf-page';

/**
 * A protected PDF whose password was not typed this session: ask for it before its pages are
 * shown. Not focused on its own, so that moving through the queue with j/k is never caught by it.
 */
export function PagePassword({ document, bytes }: { document: ReportDocument; bytes: Uint8Array }) {
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const { t } = useTranslation();
  return (
    <form
      className="stacked-form page-password"
      aria-label={t('source.passwordLabel')}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!password || opening) return;
        setOpening(true);
        try {
          await openDocument(document.id, bytes, password);
          rememberPassword(document.id, password);
        } catch (error) {
          setPassword('');
          setProblem(
            error instanceof Error && error.name === 'PasswordException'
              ? t('source.passwordWrong')
              : t('source.openFailed', { message: errorText(error) }),
          );
        } finally {
          setOpening(false);
        }
      }}
    >
      <p>
        <Trans i18nKey="source.passwordBody" values={{ file: document.fileName }} components={{ strong: <strong /> }} />
      </p>
      <label>
        {t('common.password')}
        <input type="password" autoComplete="off" value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
      </label>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button-primary" disabled={!password || opening}>
          {t('source.showPages')}
        </button>
      </div>
    </form>
  );
}
