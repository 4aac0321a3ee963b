import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
      <thead>
        <tr>
          <th scope="col">{t('library.columns.title')}</th>
          <th scope="col">{timeColumn}</th>
          <th scope="col" className="cell-count">
            {t('library.columns.characters')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('library.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
