import { useEffect } from 'react';
import type { ExportLayout } from '../../common/export/layout';
import { applyPrintLayout } from './print-layout';

/** Keeps the print stylesheet's custom properties on the root element in step with the open speech's layout. */
export function usePrintLayout(layout: ExportLayout | undefined): void {
  // Compared by value: every snapshot carries a new object for the same layout.
  const key = layout ? JSON.stringify(layout) : '';
  useEffect(() => {
    if (!key) return undefined;
    return applyPrintLayout(document.documentElement, JSON.parse(key) as ExportLayout);
  }, [key]);
}
