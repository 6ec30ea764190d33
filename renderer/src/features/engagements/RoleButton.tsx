import { useTranslation } from 'react-i18next';
import { openDialog } from '../../state/ui';
import { selectRole, useWorkspace } from '../../state/workspace';

/** Who is working, and in which role in the open engagement: "Mei Chen · Preparer ▾". */
export function RoleButton() {
  const userName = useWorkspace((state) => state.userName);
  const engagement = useWorkspace((state) => state.engagement);
  const role = useWorkspace(selectRole);
  const { t } = useTranslation();
  if (!engagement) {
    return (
      <button type="button" className="button-quiet user-name" onClick={() => openDialog('user-name')} title={t('role.changeName')}>
        <span className="visually-hidden">{t('role.auditor')}</span>
        {userName ?? '—'}
      </button>
    );
  }
  return (
    <button type="button" className="button-quiet user-name" onClick={() => openDialog('role')} title={t('role.buttonTitle')}>
      {userName ?? '—'} · {role ? t(`role.${role}`) : t('role.chooseRole')} <span aria-hidden="true">▾</span>
    </button>
  );
}
