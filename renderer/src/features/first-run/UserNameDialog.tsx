import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../app/Modal';
import { saveSetting } from '../../db/actions';
import { closeDialog } from '../../state/ui';
import { persist, setUserName, useWorkspace } from '../../state/workspace';

/**
 * Who is auditing: asked once at first run, changeable from the header. Every event in the audit
 * trail carries this name; changing it never rewrites events already recorded.
 */
export function UserNameDialog() {
  const current = useWorkspace((state) => state.userName);
  const [name, setName] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const firstRun = current === null;
  const { t } = useTranslation();
  const close = () => {
    if (!firstRun) closeDialog();
  };
  return (
    <Modal title={firstRun ? t('firstRun.welcome') : t('firstRun.yourName')} onClose={close}>
      <p className="muted">
        {t('firstRun.recorded')} {firstRun ? t('firstRun.changeLater') : t('firstRun.keepsName')}
      </p>
      <form
        className="stacked-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return setProblem(t('firstRun.typeName'));
          const saved = await persist(() => saveSetting('userName', trimmed));
          if (!saved.ok) return setProblem(saved.error);
          setUserName(trimmed);
          closeDialog();
        }}
      >
        <label>
          {t('firstRun.yourName')}
          <input autoFocus value={name} maxLength={120} onChange={(event) => setName(event.currentTarget.value)} />
        </label>
        {problem && <p role="alert" className="problem">{problem}</p>}
        <div className="dialog-actions">
          {!firstRun && (
            <button type="button" onClick={close}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button-primary" disabled={!name.trim()}>
            {firstRun ? t('firstRun.start') : t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
