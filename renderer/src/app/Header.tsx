import { EngagementSwitcher } from '../features/engagements/EngagementSwitcher';
import { ImportButton } from '../features/import/ImportButton';
import { ProgressCounts } from '../features/queue/ProgressCounts';
import { KeyHint } from '../features/shortcuts/KeyHint';
import { openDialog } from '../state/ui';
import { useWorkspace } from '../state/workspace';
import { runCommand } from './commands';
import { SaveIndicator } from './SaveIndicator';

export function Header() {
  const userName = useWorkspace((state) => state.userName);
  const engagement = useWorkspace((state) => state.engagement);
  return (
    <header className="app-header">
      <span className="brand" aria-label="Tickmark">
        <span className="brand-mark" aria-hidden="true">✓</span> Tickmark
      </span>
      <EngagementSwitcher />
      {engagement && <ProgressCounts />}
      <span className="spacer" />
      <SaveIndicator />
      <ImportButton />
      <button type="button" disabled={!engagement} onClick={() => runCommand('trail.show')}>
        Audit trail <KeyHint command="trail.show" />
      </button>
      <button type="button" disabled={!engagement} onClick={() => runCommand('trail.export')}>
        Export CSV <KeyHint command="trail.export" />
      </button>
      <button type="button" className="button-quiet user-name" onClick={() => openDialog('user-name')} title="Change your name">
        <span className="visually-hidden">Auditor: </span>
        {userName ?? '—'}
      </button>
      <button type="button" className="button-quiet" aria-label="Keyboard shortcuts" onClick={() => runCommand('help.toggle')}>
        <kbd>?</kbd>
      </button>
    </header>
  );
}
