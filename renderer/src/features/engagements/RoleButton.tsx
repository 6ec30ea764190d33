import { ROLE_LABELS } from '../../db/membership';
import { openDialog } from '../../state/ui';
import { selectRole, useWorkspace } from '../../state/workspace';

/** Who is working, and in which role in the open engagement: "Mei Chen · Preparer ▾". */
export function RoleButton() {
  const userName = useWorkspace((state) => state.userName);
  const engagement = useWorkspace((state) => state.engagement);
  const role = useWorkspace(selectRole);
  if (!engagement) {
    return (
      <button type="button" className="button-quiet user-name" onClick={() => openDialog('user-name')} title="Change your name">
        <span className="visually-hidden">Auditor: </span>
        {userName ?? '—'}
      </button>
    );
  }
  return (
    <button type="button" className="button-quiet user-name" onClick={() => openDialog('role')} title="Your role in this engagement, or your name">
      {userName ?? '—'} · {role ? ROLE_LABELS[role] : 'choose a role'} <span aria-hidden="true">▾</span>
    </button>
  );
}
