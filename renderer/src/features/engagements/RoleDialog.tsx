import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/review';
import { Modal } from '../../app/Modal';
import { joinEngagement } from '../../db/actions';
import { closeDialog, openDialog } from '../../state/ui';
import { applyEngagement, persist, selectRole, useWorkspace } from '../../state/workspace';
import { KeyHint } from '../shortcuts/KeyHint';
import { RoleChoice } from './RoleChoice';

/**
 * The user's role in the open engagement: take one, or switch to the other (the same person may
 * prepare, then review). Either is an event of the trail. Also the way to change one's name.
 */
export function RoleDialog() {
  const engagement = useWorkspace((state) => state.engagement);
  const userName = useWorkspace((state) => state.userName);
  const current = useWorkspace(selectRole);
  // The role one opens this to take: the other one, or preparer for a newcomer.
  const [role, setRole] = useState<Role>(current === 'preparer' ? 'reviewer' : 'preparer');
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  if (!engagement || !userName) return null;
  return (
    <Modal title={t('role.dialogTitle', { name: engagement.name })} onClose={closeDialog}>
      <p>
        {current ? (
          <Trans i18nKey="role.youAre" values={{ name: userName, role: t(`role.inline.${current}`) }} components={{ strong: <strong /> }} />
        ) : (
          <Trans i18nKey="role.youAreNew" values={{ name: userName }} components={{ strong: <strong /> }} />
        )}{' '}
        <button type="button" className="button-link" onClick={() => openDialog('user-name')}>
          {t('role.changeName')}
        </button>
      </p>
      <form
        className="stacked-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const joined = await persist(() => joinEngagement(engagement.id, userName, role));
          if (!joined.ok) return setProblem(joined.error);
          applyEngagement(joined.value);
          closeDialog();
        }}
      >
        <RoleChoice value={role} onChange={setRole} />
        <p className="muted">{t('role.recorded')}</p>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('common.cancel')} <KeyHint command="form.cancel" />
          </button>
          <button type="submit" className="button-primary" disabled={role === current}>
            {t(current ? 'role.become' : 'role.join', { role: t(`role.inline.${role}`) })}
          </button>
        </div>
      </form>
    </Modal>
  );
}
