import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain/review';

/** Preparer or reviewer, each with what it does: on a new engagement and when switching roles. */
export function RoleChoice({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="role-choice">
      <legend>{t('role.yourRole')}</legend>
      {ROLES.map((role) => (
        <label key={role}>
          <input type="radio" name="role" value={role} checked={value === role} onChange={() => onChange(role)} />
          <span>
            <strong>{t(`role.${role}`)}</strong> <span className="muted">{t(`role.duty.${role}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
