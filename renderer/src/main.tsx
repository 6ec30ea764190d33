import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { runCommand } from './app/commands';
import { requestPersistentStorage } from './db/database';
import { followImportProgress } from './features/import/import-jobs';
import { tickmark } from './ipc/tickmark';
import { startWorkspace } from './state/workspace';
import './app/app.css';

void requestPersistentStorage();
try {
  followImportProgress();
  tickmark().on('menu:command', ({ command }) => runCommand(command));
} catch (error) {
  // Opened outside Tickmark: the page still shows, and an import says why it cannot work.
  console.error(error);
}
void startWorkspace();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
