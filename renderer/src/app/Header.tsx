import { useTranslation } from 'react-i18next';
import { EngagementSwitcher } from '../features/engagements/EngagementSwitcher';
import { ExportMenu } from '../features/export/ExportMenu';
import { RoleButton } from '../features/engagements/RoleButton';
import { FigureFilterChip } from '../features/find/FigureFilterChip';
import { ImportButton } from '../features/import/ImportButton';
import { StorageStatus } from '../features/journal/StorageStatus';
import { ProgressCounts } from '../features/queue/ProgressCounts';
import { KeyHint } from '../features/shortcuts/KeyHint';
import { useWorkspace } from '../state/workspace';
import { runCommand } from './commands';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SaveIndicator } from './SaveIndicator';

export function Header() {
  const engagement = useWorkspace((state) => state.engagement);
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <span className="brand" aria-label="Tickmark">
        <span className="brand-mark" aria-hidden="true">✓</span> Tickmark
      </span>
      <EngagementSwitcher />
      {engagement && <ProgressCounts />}
      <FigureFilterChip />
      <span className="spacer" />
      <SaveIndicator />
      <StorageStatus />
      <ImportButton />
      <ImportButton role="evidence" />
      <button type="button" disabled={!engagement} onClick={() => runCommand('find.open')}>
        {t('header.find')} <KeyHint command="find.open" />
      </button>
      <button type="button" disabled={!engagement} onClick={() => runCommand('overview.show')}>
        {t('header.overview')} <KeyHint command="overview.show" />
      </button>
      <button type="button" disabled={!engagement} onClick={() => runCommand('trail.show')}>
        {t('header.trail')} <KeyHint command="trail.show" />
      </button>
      <ExportMenu />
      <RoleButton />
      <LanguageSwitcher />
      <button type="button" className="button-quiet" aria-label={t('header.shortcuts')} onClick={() => runCommand('help.toggle')}>
        <kbd>?</kbd>
      </button>
    </header>
  );
}
