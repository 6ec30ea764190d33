import { ROLES, type Role } from '../../../../shared/domain/review';
import { ROLE_DUTIES, ROLE_LABELS } from '../../db/membership';

/** Preparer or reviewer, each with what it does: on a new engagement and when switching roles. */
export function RoleChoice({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  return (
    <fieldset className="role-choice">
      <legend>Your role</legend>
      {ROLES.map((role) => (
        <label key={role}>
          <input type="radio" name="role" value={role} checked={value === role} onChange={() => onChange(role)} />
          <span>
            <strong>{ROLE_LABELS[role]}</strong> <span className="muted">{ROLE_DUTIES[role]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
