import { useState } from 'react';
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
  const close = () => {
    if (!firstRun) closeDialog();
  };
  return (
    <Modal title={firstRun ? 'Welcome to Tickmark' : 'Your name'} onClose={close}>
      <p className="muted">
        Your name is recorded with every decision you make in the audit trail. {firstRun ? 'You can change it later.' : 'Events already recorded keep the name they were recorded with.'}
      </p>
      <form
        className="stacked-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return setProblem('Type your name.');
          const saved = await persist(() => saveSetting('userName', trimmed));
          if (!saved.ok) return setProblem(saved.error);
          setUserName(trimmed);
          closeDialog();
        }}
      >
        <label>
          Your name
          <input autoFocus value={name} maxLength={120} onChange={(event) => setName(event.currentTarget.value)} />
        </label>
        {problem && <p role="alert" className="problem">{problem}</p>}
        <div className="dialog-actions">
          {!firstRun && (
            <button type="button" onClick={close}>
              Cancel
            </button>
          )}
          <button type="submit" className="button-primary" disabled={!name.trim()}>
            {firstRun ? 'Start auditing' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
