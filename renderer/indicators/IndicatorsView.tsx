import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_INDICATOR_NAME_LENGTH, type IndicatorWithObservations } from '../../common/indicators';
import { ErrorMessage } from '../app/ErrorMessage';
import type { IndicatorsClient } from '../host/indicators-client';
import '../styles/indicators.css';
import { AddIndicatorDialog } from './AddIndicatorDialog';
import { CategoryFilter } from './CategoryFilter';
import { DeleteIndicatorDialog } from './DeleteIndicatorDialog';
import { ExportButtons } from './ExportButtons';
import { ImportDialog } from './ImportDialog';
import { IndicatorDetail } from './IndicatorDetail';
import { categoriesOf, filterIndicators, hasUncategorised, type CategoryChoice } from './indicator-filter';
import { IndicatorTable } from './IndicatorTable';
import { RenameIndicatorDialog } from './RenameIndicatorDialog';
import { useIndicatorList } from './use-indicator-list';

type Dialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'detail'; indicator: IndicatorWithObservations }
  | { kind: 'rename'; indicator: IndicatorWithObservations }
  | { kind: 'delete'; indicator: IndicatorWithObservations };

/** 指标库: the figures speeches quote, with search, a category filter, in-place editing, import and export. */
export function IndicatorsView({ client }: { client: IndicatorsClient }) {
  const { t } = useTranslation();
  const { state, reload } = useIndicatorList(client);
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<CategoryChoice>({ kind: 'all' });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState('');
  const [exportFailure, setExportFailure] = useState<unknown>(null);

  const categories = categoriesOf(state.indicators);
  const shown = filterIndicators(state.indicators, { q: search, category });
  const close = () => setDialog(null);
  const filtered = search.trim() !== '' || category.kind !== 'all';

  function changed(message: string) {
    setNotice(message);
    setDialog(null);
    reload();
  }

  return (
    <section className="indicators-view" aria-labelledby="indicators-heading" data-testid="indicators-view">
      <div className="view-head">
        <h1 id="indicators-heading" className="view-title">
          {t('indicators.title')}
        </h1>
        <ExportButtons client={client} onFailed={setExportFailure} />
        <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })} data-testid="indicator-import">
          {t('indicators.import.button')}
        </button>
        <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'add' })} data-testid="indicator-add">
          {t('indicators.add.button')}
        </button>
      </div>
      <div className="indicator-filters">
        <input
          type="search"
          className="text-input search-input"
          value={search}
          maxLength={MAX_INDICATOR_NAME_LENGTH}
          placeholder={t('indicators.searchPlaceholder')}
          aria-label={t('indicators.search')}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search) {
              event.preventDefault();
              setSearch('');
            }
          }}
          data-testid="indicator-search"
        />
        <CategoryFilter categories={categories} withUncategorised={hasUncategorised(state.indicators)} value={category} onChange={setCategory} />
        {filtered && state.indicators.length > 0 && (
          <span className="filter-count" data-testid="indicator-count">
            {t('indicators.shownOf', { shown: shown.length, total: state.indicators.length })}
          </span>
        )}
      </div>
      <p className="notice" role="status" data-testid="indicators-notice">
        {notice}
      </p>
      {exportFailure !== null && <ErrorMessage error={exportFailure} context={t('indicators.failed.export')} onDismiss={() => setExportFailure(null)} />}
      {state.status === 'error' && <ErrorMessage error={state.error} context={t('indicators.failed.load')} onRetry={reload} />}
      {state.status === 'loading' && state.indicators.length === 0 && (
        <p className="list-placeholder" role="status" data-testid="list-loading">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'ready' && shown.length === 0 && (
        <div className="empty-state" data-testid="empty-state">
          <p className="empty-state-title">{filtered && state.indicators.length > 0 ? t('indicators.emptyFilter') : t('indicators.empty')}</p>
          {!filtered && <p className="empty-state-hint">{t('indicators.emptyHint')}</p>}
        </div>
      )}
      {shown.length > 0 && (
        <IndicatorTable
          client={client}
          indicators={shown}
          busy={state.status === 'loading'}
          editingId={editingId}
          onEdit={setEditingId}
          onSaved={(indicator, observation) => {
            setEditingId(null);
            changed(t('indicators.notice.saved', { name: indicator.name, period: observation.periodLabel }));
          }}
          onOpen={(indicator) => setDialog({ kind: 'detail', indicator })}
          onRename={(indicator) => setDialog({ kind: 'rename', indicator })}
          onDelete={(indicator) => setDialog({ kind: 'delete', indicator })}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddIndicatorDialog client={client} categories={categories} onAdded={(indicator) => changed(t('indicators.notice.added', { name: indicator.name }))} onCancel={close} />
      )}
      {dialog?.kind === 'import' && <ImportDialog client={client} onImported={reload} onClose={close} />}
      {dialog?.kind === 'detail' && <IndicatorDetail client={client} indicator={dialog.indicator} onClose={close} />}
      {dialog?.kind === 'rename' && (
        <RenameIndicatorDialog
          client={client}
          indicator={dialog.indicator}
          onRenamed={(result) => changed(t('indicators.notice.renamed', { name: result.indicator.name, count: result.placeholdersRewritten }))}
          onCancel={close}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteIndicatorDialog
          client={client}
          indicator={dialog.indicator}
          onDeleted={(result) => {
            if (editingId === dialog.indicator.id) setEditingId(null);
            changed(t('indicators.notice.deleted', { name: dialog.indicator.name, count: result.placeholdersUnresolved }));
          }}
          onCancel={close}
        />
      )}
    </section>
  );
}
