import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './app/App';
import { runCommand } from './app/commands';
import { setJournal } from './db/actions';
import { requestPersistentStorage } from './db/database';
import { followImportProgress } from './features/import/import-jobs';
import { appendToJournal } from './features/journal/journal-sink';
import { setPersisted } from './features/journal/journal-state';
import { startWithJournal } from './features/journal/reconcile';
import { tickmark } from './ipc/tickmark';
import './app/app.css';

void requestPersistentStorage().then(setPersisted, () => setPersisted(false));
setJournal(appendToJournal);
try {
  followImportProgress();
  tickmark().on('menu:command', ({ command }) => runCommand(command));
} catch (error) {
  // Opened outside Tickmark: the page still shows, and an import says why it cannot work.
  console.error(error);
}
// The journal and IndexedDB are brought in step before the workspace opens.
void startWithJournal();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
