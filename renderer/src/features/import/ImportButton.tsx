import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../state/workspace';
import { KeyHint } from '../shortcuts/KeyHint';
import { IMPORT_INPUT_ID, importFiles } from './import-jobs';

/** Import reports… : a file input, which in Electron opens the native open-file dialog. */
export function ImportButton() {
  const engagement = useWorkspace((state) => state.engagement);
  const { t } = useTranslation();
  return (
    <label className={engagement ? 'button button-primary' : 'button button-primary disabled'} title={t('import.buttonTitle')}>
      {t('import.button')} <KeyHint command="reports.import" />
      <input
        id={IMPORT_INPUT_ID}
        type="file"
        multiple
        className="visually-hidden"
        disabled={!engagement}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) importFiles(files);
        }}
      />
    </label>
  );
}
