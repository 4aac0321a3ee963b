import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_FILE_FORMATS, type IndicatorFileFormat } from '../../common/indicators';
import type { IndicatorsClient } from '../host/indicators-client';
import { exportFileName, saveBlob } from './export-file';

interface ExportButtonsProps {
  client: IndicatorsClient;
  onFailed: (error: unknown) => void;
}

/** 导出 CSV / 导出 XLSX: the whole store in the canonical layout, the file named 指标库-YYYYMMDD. */
export function ExportButtons({ client, onFailed }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<IndicatorFileFormat | null>(null);

  async function download(format: IndicatorFileFormat) {
    setBusy(format);
    try {
      saveBlob(await client.exportFile(format), exportFileName(t('indicators.export.fileStem'), format, new Date()));
    } catch (error) {
      onFailed(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={t('indicators.export.label')}>
      {INDICATOR_FILE_FORMATS.map((format) => (
        <button key={format} type="button" className="button" onClick={() => void download(format)} disabled={busy !== null} data-testid={`indicator-export-${format}`}>
          {t('indicators.export.button', { format: format.toUpperCase() })}
        </button>
      ))}
    </div>
  );
}
