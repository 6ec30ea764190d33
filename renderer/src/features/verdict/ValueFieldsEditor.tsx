import { QUALIFIERS } from '../../../../shared/domain/figure';
import { QUALIFIER_LABELS } from '../../domain/figure-value';
import { fieldsFromWrittenValue, type ValueFields } from './value-fields';

/**
 * Value, upper end of a range, unit and qualifier. The value field also takes a figure as written
 * (`超过188亿元`, `550 million users`): leaving it fills in the other fields.
 */
export function ValueFieldsEditor({ idPrefix, fields, onChange }: { idPrefix: string; fields: ValueFields; onChange: (fields: ValueFields) => void }) {
  const change = (part: Partial<ValueFields>) => onChange({ ...fields, ...part });
  return (
    <div className="value-fields">
      <label className="value-field-wide">
        Value
        <input
          id={`${idPrefix}-value`}
          value={fields.value}
          placeholder="18800000000 or 超过188亿元"
          onChange={(event) => change({ value: event.currentTarget.value })}
          onBlur={() => {
            const read = fieldsFromWrittenValue(fields);
            if (read) onChange(read);
          }}
        />
      </label>
      <label>
        Upper end (range)
        <input value={fields.valueMax} inputMode="decimal" onChange={(event) => change({ valueMax: event.currentTarget.value })} />
      </label>
      <label>
        Unit
        <input value={fields.unit} maxLength={64} onChange={(event) => change({ unit: event.currentTarget.value })} />
      </label>
      <label>
        Qualifier
        <select value={fields.qualifier} onChange={(event) => change({ qualifier: event.currentTarget.value as ValueFields['qualifier'] })}>
          {QUALIFIERS.map((qualifier) => (
            <option key={qualifier} value={qualifier}>
              {QUALIFIER_LABELS[qualifier]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
