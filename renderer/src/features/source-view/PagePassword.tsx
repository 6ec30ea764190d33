import { useState } from 'react';
import type { ReportDocument } from '../../db/records';
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
  return (
    <form
      className="stacked-form page-password"
      aria-label="Password of this PDF"
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
              ? 'That password is wrong. Try again, or show the text, which needs none.'
              : `The PDF could not be opened: ${error instanceof Error ? error.message : String(error)}`,
          );
        } finally {
          setOpening(false);
        }
      }}
    >
      <p>
        <strong>{document.fileName}</strong> is protected by a password. Type it to show its pages: Tickmark keeps it only until
        you close the app.
      </p>
      <label>
        Password
        <input type="password" autoComplete="off" value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
      </label>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button-primary" disabled={!password || opening}>
          Show pages
        </button>
      </div>
    </form>
  );
}
