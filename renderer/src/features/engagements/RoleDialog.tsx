import { useState } from 'react';
import type { Role } from '../../../../shared/domain/review';
import { Modal } from '../../app/Modal';
import { joinEngagement } from '../../db/actions';
import { ROLE_LABELS } from '../../db/membership';
import { closeDialog, openDialog } from '../../state/ui';
import { applyEngagement, persist, selectRole, useWorkspace } from '../../state/workspace';
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
  if (!engagement || !userName) return null;
  return (
    <Modal title={`Your role in ${engagement.name}`} onClose={closeDialog}>
      <p>
        You are <strong>{userName}</strong>
        {current ? `, this engagement's ${current}.` : ', with no role in this engagement yet.'}{' '}
        <button type="button" className="button-link" onClick={() => openDialog('user-name')}>
          Change your name
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
        <p className="muted">Taking a role is recorded in the audit trail; every event you record from now on names it.</p>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            Cancel <kbd>Esc</kbd>
          </button>
          <button type="submit" className="button-primary" disabled={role === current}>
            {current ? `Become ${ROLE_LABELS[role].toLowerCase()}` : `Join as ${ROLE_LABELS[role].toLowerCase()}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
