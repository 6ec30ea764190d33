import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeDialog } from '../../state/ui';
import { useWorkspace } from '../../state/workspace';
import { parseBound, unitsInUse, type FigureQuery } from './figure-query';
import { applyFigureQuery, useFind } from './find-state';

const UNITS_LIST_ID = 'find-units';

/** The queue limited to figures by value range, unit, metric and words of their sentence. */
export function FigureQueryForm() {
  const current = useFind((state) => state.figureQuery);
  const figures = useWorkspace((state) => state.figures);
  const units = useMemo(() => unitsInUse(figures), [figures]);
  const [min, setMin] = useState(current.min?.toString() ?? '');
  const [max, setMax] = useState(current.max?.toString() ?? '');
  const [unit, setUnit] = useState(current.unit ?? '');
  const [metric, setMetric] = useState(current.metric ?? '');
  const [words, setWords] = useState(current.words ?? '');
  const { t } = useTranslation();
  const badBound = (min.trim() !== '' && parseBound(min) === undefined) || (max.trim() !== '' && parseBound(max) === undefined);

  const query = (): FigureQuery => {
    const built: FigureQuery = { unit, metric, words };
    const low = parseBound(min);
    const high = parseBound(max);
    if (low !== undefined) built.min = low;
    if (high !== undefined) built.max = high;
    return built;
  };

  return (
    <form
      className="figure-query"
      aria-labelledby="figure-query-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (badBound) return;
        applyFigureQuery(query());
        closeDialog();
      }}
    >
      <h3 id="figure-query-title">{t('find.figures.title')}</h3>
      <div className="figure-query-fields">
        <label>
          {t('find.figures.min')}
          <input inputMode="decimal" value={min} onChange={(event) => setMin(event.currentTarget.value)} />
        </label>
        <label>
          {t('find.figures.max')}
          <input inputMode="decimal" value={max} onChange={(event) => setMax(event.currentTarget.value)} />
        </label>
        <label>
          {t('find.figures.unit')}
          <input list={UNITS_LIST_ID} value={unit} onChange={(event) => setUnit(event.currentTarget.value)} />
          <datalist id={UNITS_LIST_ID}>
            {units.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
        </label>
        <label>
          {t('find.figures.metric')}
          <input value={metric} onChange={(event) => setMetric(event.currentTarget.value)} />
        </label>
        <label className="figure-query-words">
          {t('find.figures.words')}
          <input value={words} onChange={(event) => setWords(event.currentTarget.value)} />
        </label>
      </div>
      {badBound && (
        <p role="alert" className="problem">
          {t('find.figures.badBound')}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            applyFigureQuery({});
            closeDialog();
          }}
        >
          {t('find.figures.clear')}
        </button>
        <button type="submit" className="button-primary" disabled={badBound}>
          {t('find.figures.apply')}
        </button>
      </div>
    </form>
  );
}
