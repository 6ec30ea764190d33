import { useTranslation } from 'react-i18next';
import { QUALIFIERS } from '../../../../shared/domain/figure';
import { fieldsFromWrittenValue, type ValueFields } from './value-fields';

/**
 * Value, upper end of a range, unit and qualifier. The value field also takes a figure as written
 * (`超过188亿元`, `550 million users`): leaving it fills in the other fields.
 */
export function ValueFieldsEditor({ idPrefix, fields, onChange }: { idPrefix: string; fields: ValueFields; onChange: (fields: ValueFields) => void }) {
  const change = (part: Partial<ValueFields>) => onChange({ ...fields, ...part });
  const { t } = useTranslation();
  return (
    <div className="value-fields">
      <label className="value-field-wide">
        {t('verdict.fields.value')}
        <input
          id={`${idPrefix}-value`}
          value={fields.value}
          placeholder={t('verdict.fields.valuePlaceholder')}
          onChange={(event) => change({ value: event.currentTarget.value })}
          onBlur={() => {
            const read = fieldsFromWrittenValue(fields);
            if (read) onChange(read);
          }}
        />
      </label>
      <label>
        {t('verdict.fields.upperEnd')}
        <input value={fields.valueMax} inputMode="decimal" onChange={(event) => change({ valueMax: event.currentTarget.value })} />
      </label>
      <label>
        {t('verdict.fields.unit')}
        <input value={fields.unit} maxLength={64} onChange={(event) => change({ unit: event.currentTarget.value })} />
      </label>
      <label>
        {t('verdict.fields.qualifier')}
        <select value={fields.qualifier} onChange={(event) => change({ qualifier: event.currentTarget.value as ValueFields['qualifier'] })}>
          {QUALIFIERS.map((qualifier) => (
            <option key={qualifier} value={qualifier}>
              {t(`qualifier.${qualifier}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
