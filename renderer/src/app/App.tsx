import { AuditTrailDialog } from '../features/audit-trail/AuditTrailDialog';
import { EngagementForm } from '../features/engagements/EngagementForm';
import { NewEngagementDialog } from '../features/engagements/NewEngagementDialog';
import { RoleDialog } from '../features/engagements/RoleDialog';
import { UserNameDialog } from '../features/first-run/UserNameDialog';
import { FindDialog } from '../features/find/FindDialog';
import { OverviewDialog } from '../features/overview/OverviewDialog';
import { DropZone } from '../features/import/DropZone';
import { PasswordPrompt } from '../features/import/PasswordPrompt';
import { Trans, useTranslation } from 'react-i18next';
import { ClaimsQueue } from '../features/queue/ClaimsQueue';
import { useEngagementSession } from '../features/queue/engagement-session';
import { ShortcutHelp } from '../features/shortcuts/ShortcutHelp';
import { useShortcuts } from '../features/shortcuts/useShortcuts';
import { KeyHint } from '../features/shortcuts/KeyHint';
import { AddFigureDialog } from '../features/source-view/AddFigureDialog';
import { usePreparedFirstPages } from '../features/source-view/prepare-pages';
import { SourceView } from '../features/source-view/SourceView';
import { VerdictPanel } from '../features/verdict/VerdictPanel';
import { useUi } from '../state/ui';
import { useWorkspace } from '../state/workspace';
import { Header } from './Header';
import { Notices } from './Notices';

export function App() {
  useShortcuts();
  useEngagementSession();
  const loaded = useWorkspace((state) => state.loaded);
  const userName = useWorkspace((state) => state.userName);
  const dialog = useUi((state) => state.dialog);
  const firstRun = loaded && userName === null;

  return (
    <div className="app">
      <Header />
      <Notices />
      {loaded && <Workspace />}
      <DropZone />
      {(firstRun || dialog === 'user-name') && <UserNameDialog />}
      {!firstRun && dialog === 'new-engagement' && <NewEngagementDialog />}
      {!firstRun && dialog === 'help' && <ShortcutHelp />}
      {!firstRun && dialog === 'trail' && <AuditTrailDialog />}
      {!firstRun && dialog === 'add-figure' && <AddFigureDialog />}
      {!firstRun && dialog === 'role' && <RoleDialog />}
      {!firstRun && dialog === 'find' && <FindDialog />}
      {!firstRun && dialog === 'overview' && <OverviewDialog />}
      {!firstRun && <PasswordPrompt />}
    </div>
  );
}

function Workspace() {
  usePreparedFirstPages();
  const engagement = useWorkspace((state) => state.engagement);
  const hasDocuments = useWorkspace((state) => state.documents.length > 0);
  const { t } = useTranslation();
  if (!engagement) {
    return (
      <main className="empty-state">
        <h1>{t('app.startTitle')}</h1>
        <p>{t('app.startBody')}</p>
        <EngagementForm />
      </main>
    );
  }
  if (!hasDocuments) {
    return (
      <main className="empty-state">
        <h1>{t('app.dropTitle')}</h1>
        <p>
          <Trans i18nKey="app.dropBody" components={{ strong: <strong />, key: <KeyHint command="reports.import" /> }} />
        </p>
      </main>
    );
  }
  return (
    <main className="workspace">
      <ClaimsQueue />
      <SourceView />
      <VerdictPanel />
    </main>
  );
}
