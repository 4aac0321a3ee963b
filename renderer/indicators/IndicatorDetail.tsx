import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../common/indicators';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { IndicatorsClient } from '../host/indicators-client';
import { HistoryList } from './HistoryList';
import { ObservationTable } from './ObservationTable';
import { SeriesChart } from './SeriesChart';
import { useIndicatorDetail } from './use-indicator-detail';

interface IndicatorDetailProps {
  client: IndicatorsClient;
  indicator: Indicator;
  onClose: () => void;
}

/** 指标详情: the values over the periods as a chart, every observation, and who changed what when. */
export function IndicatorDetail({ client, indicator, onClose }: IndicatorDetailProps) {
  const { t } = useTranslation();
  const { state, reload } = useIndicatorDetail(client, indicator.id);
  const facts = [indicator.category, indicator.unit, t(indicator.higherIsBetter ? 'indicators.detail.higherIsBetter' : 'indicators.detail.lowerIsBetter')].filter(Boolean);
  return (
    <Modal role="dialog" title={indicator.name} onCancel={onClose} size="wide" testId="indicator-detail">
      <div className="indicator-detail">
        <p className="detail-facts">{facts.join(' · ')}</p>
        {indicator.description && <p className="detail-description">{indicator.description}</p>}
        {state.status === 'loading' && (
          <p className="list-placeholder" role="status">
            {t('common.loading')}
          </p>
        )}
        {state.status === 'error' && <ErrorMessage error={state.error} context={t('indicators.failed.detail')} onRetry={reload} />}
        {state.status === 'ready' && (
          <>
            <section aria-labelledby="detail-chart-heading">
              <h3 id="detail-chart-heading" className="detail-heading">
                {t('indicators.detail.chart')}
              </h3>
              <SeriesChart observations={state.indicator.observations} unit={indicator.unit} />
            </section>
            <section aria-labelledby="detail-observations-heading">
              <h3 id="detail-observations-heading" className="detail-heading">
                {t('indicators.detail.observations')}
              </h3>
              {state.indicator.observations.length > 0 ? <ObservationTable observations={state.indicator.observations} /> : <p className="detail-empty">{t('indicators.noFigures')}</p>}
            </section>
            <section aria-labelledby="detail-history-heading">
              <h3 id="detail-history-heading" className="detail-heading">
                {t('indicators.detail.history')}
              </h3>
              <HistoryList entries={state.history} />
            </section>
          </>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose} data-testid="indicator-detail-close">
          {t('indicators.detail.close')}
        </button>
      </div>
    </Modal>
  );
}
