import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/review';
import { Modal } from '../../app/Modal';
import { saveSetting } from '../../db/actions';
import { RoleChoice } from '../engagements/RoleChoice';
import { KeyHint } from '../shortcuts/KeyHint';
import { closeDialog } from '../../state/ui';
import { persist, setUserName, useWorkspace } from '../../state/workspace';
import { openSampleEngagement } from './sample-engagement';

/**
 * Who is auditing: asked once at first run, changeable from the header. Every event in the audit
 * trail carries this name; changing it never rewrites events already recorded. At first run it is
 * the welcome: the user's name and role, the sample engagement to try the loop on, the shortcuts.
 */
export function UserNameDialog() {
  const current = useWorkspace((state) => state.userName);
  const [name, setName] = useState(current ?? '');
  const [role, setRole] = useState<Role>('preparer');
  const [problem, setProblem] = useState<string | null>(null);
  const firstRun = current === null;
  const { t } = useTranslation();
  const close = () => {
    if (!firstRun) closeDialog();
  };
  const saveName = async (): Promise<string | null> => {
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('firstRun.typeName'));
      return null;
    }
    const saved = await persist(() => saveSetting('userName', trimmed));
    if (!saved.ok) {
      setProblem(saved.error);
      return null;
    }
    setUserName(trimmed);
    closeDialog();
    return trimmed;
  };
  const openSample = async () => {
    const saved = await saveName();
    if (!saved) return;
    const opened = await openSampleEngagement(t('welcome.sampleName'), saved, role);
    if (!opened.ok) useWorkspace.setState({ save: { state: 'failed', message: t('welcome.sampleFailed', { reason: opened.error }) } });
  };
  return (
    <Modal title={firstRun ? t('firstRun.welcome') : t('firstRun.yourName')} onClose={close}>
      {firstRun && <p>{t('welcome.intro')}</p>}
      <p className="muted">
        {t('firstRun.recorded')} {firstRun ? t('firstRun.changeLater') : t('firstRun.keepsName')}
      </p>
      <form
        className="stacked-form"
        onSubmit={(event) => {
          event.preventDefault();
          void saveName();
        }}
      >
        <label>
          {t('firstRun.yourName')}
          <input autoFocus value={name} maxLength={120} onChange={(event) => setName(event.currentTarget.value)} />
        </label>
        {firstRun && (
          <>
            <RoleChoice value={role} onChange={setRole} />
            <p className="muted">{t('welcome.sampleBody')}</p>
          </>
        )}
        {problem && <p role="alert" className="problem">{problem}</p>}
        <div className="dialog-actions">
          {!firstRun && (
            <button type="button" onClick={close}>
              {t('common.cancel')}
            </button>
          )}
          {firstRun && (
            <button type="button" className="button-primary" disabled={!name.trim()} onClick={() => void openSample()}>
              {t('welcome.sample')}
            </button>
          )}
          <button type="submit" className={firstRun ? undefined : 'button-primary'} disabled={!name.trim()}>
            {firstRun ? t('firstRun.start') : t('common.save')}
          </button>
        </div>
        {firstRun && (
          <p className="muted welcome-shortcuts">
            <Trans i18nKey="welcome.shortcuts" components={{ key: <KeyHint command="help.toggle" /> }} />
          </p>
        )}
      </form>
    </Modal>
  );
}
