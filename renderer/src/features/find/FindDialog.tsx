import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextHit } from '../../../../shared/find/text-index';
import { CloseFooter, Modal } from '../../app/Modal';
import { useFormat } from '../../i18n/use-format';
import { closeDialog } from '../../state/ui';
import { useWorkspace } from '../../state/workspace';
import { FigureQueryForm } from './FigureQueryForm';
import { jumpTo, searchDocuments, setFindQuery, useFind } from './find-state';
import './find.css';

const hitId = (index: number) => `find-hit-${index}`;

/**
 * Find in every report of the engagement: hits listed with their context as the auditor types;
 * ↑/↓ choose one, Enter or a click shows it highlighted in the source view.
 */
export function FindDialog() {
  const documents = useWorkspace((state) => state.documents);
  const query = useFind((state) => state.query);
  const typed = useDeferredValue(query);
  const result = useMemo(() => searchDocuments(documents, typed), [documents, typed]);
  const [active, setActive] = useState(0);
  const names = useMemo(() => new Map(documents.map((document) => [document.id, document.fileName])), [documents]);
  const { t } = useTranslation();
  const format = useFormat();
  const chosen = Math.min(active, Math.max(0, result.hits.length - 1));

  const show = (hit: TextHit | undefined) => {
    if (!hit) return;
    jumpTo(hit);
    closeDialog();
  };

  return (
    <Modal title={t('find.title')} onClose={closeDialog} wide>
      <form
        role="search"
        className="find-form"
        onSubmit={(event) => {
          event.preventDefault();
          show(result.hits[chosen]);
        }}
      >
        <label>
          {t('find.label')}
          <input
            type="search"
            autoFocus
            value={query}
            placeholder={t('find.placeholder')}
            aria-controls="find-results"
            aria-activedescendant={result.hits.length > 0 ? hitId(chosen) : undefined}
            onChange={(event) => {
              setFindQuery(event.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive(Math.min(result.hits.length - 1, Math.max(0, chosen + step)));
            }}
          />
        </label>
      </form>
      <p className="muted" role="status" data-testid="find-count">
        {typed.trim() === ''
          ? t('find.hint')
          : result.more
            ? t('find.countMore', { count: result.total, total: format.number(result.total) })
            : t('find.count', { count: result.total, total: format.number(result.total), shown: format.number(result.hits.length) })}
      </p>
      <ul id="find-results" className="find-results" role="listbox" aria-label={t('find.results')}>
        {result.hits.map((hit, index) => (
          <li
            key={`${hit.documentId}:${hit.start}`}
            id={hitId(index)}
            role="option"
            aria-selected={index === chosen}
            className={index === chosen ? 'find-hit active' : 'find-hit'}
            onMouseEnter={() => setActive(index)}
            onClick={() => show(hit)}
          >
            <span className="find-hit-document">{names.get(hit.documentId)}</span>
            <span className="find-hit-context" lang="und">
              {hit.before}
              <mark>{hit.match}</mark>
              {hit.after}
            </span>
          </li>
        ))}
      </ul>
      <FigureQueryForm />
      <CloseFooter onClose={closeDialog} />
    </Modal>
  );
}
