import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../app/ColumnHeaders';

interface SpeechTableProps {
  /** Accessible name of the list. */
  label: string;
  /** Header of the time column: last change in the library, deletion in the trash. */
  timeColumn: string;
  busy: boolean;
  testId: string;
  /** One row per speech. */
  children: ReactNode;
}

/** The table the library and the trash list speeches in: title, a time, 字数, actions. */
export function SpeechTable({ label, timeColumn, busy, testId, children }: SpeechTableProps) {
  const { t } = useTranslation();
  return (
    <table className="speech-table" aria-label={label} aria-busy={busy} data-testid={testId}>
      <ColumnHeaders
        columns={[
          { label: t('library.columns.title') },
          { label: timeColumn },
          { label: t('library.columns.characters'), align: 'count' },
          { label: t('library.columns.actions'), hidden: true },
        ]}
      />
      <tbody>{children}</tbody>
    </table>
  );
}
