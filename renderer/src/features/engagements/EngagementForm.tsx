import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/review';
import { createEngagement } from '../../db/actions';
import { addEngagement, persist, useWorkspace } from '../../state/workspace';
import { RoleChoice } from './RoleChoice';

/**
 * Name a new engagement, choose one's role in it (preparer unless one only reviews) and open it;
 * used on the empty workspace and in the New engagement dialog.
 */
export function EngagementForm({ onCreated }: { onCreated?: () => void }) {
  const userName = useWorkspace((state) => state.userName);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('preparer');
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  return (
    <form
      className="stacked-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!userName) return;
        const created = await persist(() => createEngagement(name, userName, role));
        if (!created.ok) return setProblem(created.error);
        await addEngagement(created.value);
        onCreated?.();
      }}
    >
      <label>
        {t('engagement.name')}
        <input
          autoFocus
          value={name}
          placeholder={t('engagement.namePlaceholder')}
          maxLength={200}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <RoleChoice value={role} onChange={setRole} />
      {problem && <p role="alert" className="problem">{problem}</p>}
      <div className="dialog-actions">
        <button type="submit" className="button-primary" disabled={!name.trim()}>
          {t('engagement.create')}
        </button>
      </div>
    </form>
  );
}
