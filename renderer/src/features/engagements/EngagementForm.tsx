import { useState } from 'react';
import { createEngagement } from '../../db/actions';
import { addEngagement, persist, useWorkspace } from '../../state/workspace';

/** Name a new engagement and open it; used on the empty workspace and in the New engagement dialog. */
export function EngagementForm({ onCreated }: { onCreated?: () => void }) {
  const userName = useWorkspace((state) => state.userName);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="stacked-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!userName) return;
        const created = await persist(() => createEngagement(name, userName));
        if (!created.ok) return setProblem(created.error);
        await addEngagement(created.value);
        onCreated?.();
      }}
    >
      <label>
        Engagement name
        <input
          autoFocus
          value={name}
          placeholder="e.g. Alipay sustainability report FY2020"
          maxLength={200}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </label>
      {problem && <p role="alert" className="problem">{problem}</p>}
      <div className="dialog-actions">
        <button type="submit" className="button-primary" disabled={!name.trim()}>
          Create engagement
        </button>
      </div>
    </form>
  );
}
