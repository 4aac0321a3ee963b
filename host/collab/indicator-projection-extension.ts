import type { Extension, onLoadDocumentPayload } from '@hocuspocus/server';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import { syncProjection } from '../indicators/indicator-projection';
import type { IndicatorStore } from '../indicators/indicator-store';

/**
 * Serves the indicator projection (INDICATORS_DOCUMENT): built from SQLite each time Hocuspocus loads it, never
 * stored, since SQLite is its source. The host changes it through direct connections (IndicatorService).
 */
export class IndicatorProjectionExtension implements Extension {
  readonly extensionName = 'speechdesk-indicator-projection';

  constructor(private readonly store: IndicatorStore) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT) syncProjection(document, this.store);
  }
}
