import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../app/Modal';
import { addFigure } from '../../db/actions';
import { closeDialog } from '../../state/ui';
import { applyAddedFigure, dutyRefusal, persist, select, useWorkspace } from '../../state/workspace';
import { KeyHint } from '../shortcuts/KeyHint';
import { ValueFieldsEditor } from '../verdict/ValueFieldsEditor';
import { fieldsFromWrittenValue, plainNumber, readValueFields, type ValueFields } from '../verdict/value-fields';
import { useSourceSelection, type SourceSelection } from './source-selection';

/** Add a figure the extractor missed, from the text selected in the source view. */
export function AddFigureDialog() {
  const selection = useSourceSelection((state) => state.selection);
  if (!selection) return null;
  return <AddFigureForm selection={selection} />;
}

function prefill(text: string): ValueFields {
  const asWritten: ValueFields = { value: text, valueMax: '', unit: '', qualifier: 'exact' };
  return fieldsFromWrittenValue(asWritten) ?? (plainNumber(text) === null ? { ...asWritten, value: '' } : asWritten);
}

function AddFigureForm({ selection }: { selection: SourceSelection }) {
  const userName = useWorkspace((state) => state.userName);
  // Adding a figure is the preparer's work: a reviewer is told so before typing anything.
  const refusal = useWorkspace((state) => dutyRefusal(state, 'preparer'));
  const [fields, setFields] = useState(() => prefill(selection.text));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  const twin = useWorkspace((state) =>
    state.figures.find((f) => f.documentId === selection.documentId && f.start === selection.start && f.end === selection.end),
  );

  return (
    <Modal title={t('source.addTitle')} onClose={closeDialog}>
      <blockquote className="selected-text">{selection.text}</blockquote>
      <form
        className="stacked-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!userName) return;
          if (twin) return setProblem(t('source.alreadyFigure'));
          const value = readValueFields(fields);
          if (!value.ok) return setProblem(value.error);
          const added = await persist(() => addFigure(selection.documentId, selection, value.value, userName, note));
          if (!added.ok) return setProblem(added.error);
          applyAddedFigure(added.value);
          select(added.value.id);
          closeDialog();
        }}
      >
        <ValueFieldsEditor idPrefix="add" fields={fields} onChange={setFields} />
        <label>
          {t('source.noteOptional')}
          <textarea rows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        </label>
        {(refusal ?? problem) && <p role="alert" className="problem">{refusal ?? problem}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('common.cancel')} <KeyHint command="form.cancel" />
          </button>
          <button type="submit" className="button-primary" disabled={refusal !== null}>
            {t('source.add')} <KeyHint command="form.submit" />
          </button>
        </div>
      </form>
    </Modal>
  );
}
