import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../common/indicators';
import { ChangeTime } from '../app/ChangeTime';
import { formatFigure } from './figure-format';
import { figureChanges, type FigureChange } from './history-changes';

/** Every change of the indicator's figures, newest first: who, when, which period, and each figure old → new. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const shown = (value: FigureChange['old']) =>
    value === null ? t('indicators.none') : typeof value === 'number' ? formatFigure(value, i18n.language) : value;
  if (entries.length === 0) return <p className="detail-empty">{t('indicators.detail.noHistory')}</p>;
  return (
    <ol className="history-list" data-testid="history-list">
      {entries.map((entry) => {
        const kind = entry.old === null ? 'created' : entry.new === null ? 'deleted' : 'changed';
        return (
          <li key={entry.id} className="history-entry" data-testid="history-entry">
            <p className="history-head">
              <strong>{entry.periodLabel}</strong>
              <span>{t(`indicators.history.${kind}`)}</span>
              <span className="history-who">
                {entry.changedBy} · <ChangeTime iso={entry.changedAt} relative={false} />
              </span>
            </p>
            {/* A created or deleted observation lists its figures on one line; a change lists each old → new. */}
            <ul className={kind === 'changed' ? 'history-changes' : 'history-changes history-changes-inline'}>
              {figureChanges(entry).map((change) => (
                <li key={change.figure}>
                  <span className="history-figure">{t(`indicators.figures.${change.figure}`)}</span>
                  {kind === 'changed' ? (
                    <>
                      <del>{shown(change.old)}</del>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden">{t('indicators.history.to')}</span>
                      <ins>{shown(change.new)}</ins>
                    </>
                  ) : (
                    <span>{shown(kind === 'created' ? change.new : change.old)}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
