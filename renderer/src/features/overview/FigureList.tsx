import { useTranslation } from 'react-i18next';

export interface FigureEntry {
  figureId: string;
  documentId: string;
  text: string;
  /** A note, or nothing. */
  detail?: string;
  key?: string;
}

/** How many rows a list shows before "and N more": the overview is a summary, the queue the list. */
const SHOWN = 50;

/** Figures of the overview, each with its report and a button to show it in the queue. */
export function FigureList({ entries, names, empty, onShow }: { entries: readonly FigureEntry[]; names: ReadonlyMap<string, string>; empty: string; onShow: (figureId: string) => void }) {
  const { t } = useTranslation();
  if (entries.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <ul className="overview-list">
      {entries.slice(0, SHOWN).map((entry) => (
        <li key={entry.key ?? entry.figureId}>
          <span className="overview-figure" lang="und">
            {entry.text}
          </span>
          <span className="muted">{names.get(entry.documentId)}</span>
          {entry.detail && (
            <span className="overview-note" lang="und">
              {entry.detail}
            </span>
          )}
          {entry.figureId && (
            <button type="button" className="button-quiet" title={t('overview.showTitle')} onClick={() => onShow(entry.figureId)}>
              {t('overview.show')}
            </button>
          )}
        </li>
      ))}
      {entries.length > SHOWN && <li className="muted">{t('overview.more', { count: entries.length - SHOWN })}</li>}
    </ul>
  );
}
