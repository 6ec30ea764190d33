import { useWorkspace } from '../state/workspace';

/** "Saved" appears only once the change's transaction committed to disk. */
export function SaveIndicator() {
  const save = useWorkspace((state) => state.save);
  return (
    <span
      role="status"
      className={`save-indicator save-${save.state}`}
      title={save.state === 'failed' ? save.message : save.state === 'saved' ? `Saved at ${save.at.toLocaleTimeString()}` : undefined}
    >
      {save.state === 'saving' && 'Saving…'}
      {save.state === 'saved' && '✓ Saved'}
      {save.state === 'failed' && 'Not saved'}
    </span>
  );
}
