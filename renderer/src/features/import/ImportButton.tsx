import { useTranslation } from 'react-i18next';
import type { DocumentRole } from '../../../../shared/domain/records';
import { useWorkspace } from '../../state/workspace';
import { KeyHint } from '../shortcuts/KeyHint';
import { EVIDENCE_INPUT_ID, IMPORT_INPUT_ID, importFiles } from './import-jobs';

const AS = {
  report: { id: IMPORT_INPUT_ID, label: 'import.button', title: 'import.buttonTitle', command: 'reports.import', look: 'button-primary' },
  evidence: { id: EVIDENCE_INPUT_ID, label: 'import.evidenceButton', title: 'import.evidenceButtonTitle', command: 'evidence.import', look: '' },
} as const;

/**
 * Import reports… or Import evidence…: a file input, which in Electron opens the native open-file
 * dialog; the files chosen are imported in that role.
 */
export function ImportButton({ role = 'report' }: { role?: DocumentRole }) {
  const engagement = useWorkspace((state) => state.engagement);
  const { t } = useTranslation();
  const as = AS[role];
  return (
    <label className={['button', as.look, engagement ? '' : 'disabled'].filter(Boolean).join(' ')} title={t(as.title)}>
      {t(as.label)} <KeyHint command={as.command} />
      <input
        id={as.id}
        type="file"
        multiple
        className="visually-hidden"
        disabled={!engagement}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) importFiles(files, role);
        }}
      />
    </label>
  );
}
