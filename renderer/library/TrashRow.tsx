import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import { ChangeTime } from '../app/ChangeTime';

interface TrashRowProps {
  speech: DocumentSummary;
  busy: boolean;
  onRestore: () => void;
  onDeleteForGood: () => void;
}

/** One speech in the trash: when it was deleted, and the way back or out. */
export function TrashRow({ speech, busy, onRestore, onDeleteForGood }: TrashRowProps) {
  const { t, i18n } = useTranslation();
  const title = speech.title || t('library.untitled');
  return (
    <tr className="speech-row" data-testid="trash-item" data-document-id={speech.id} aria-label={title} aria-busy={busy}>
      <th scope="row" className="cell-title">
        <span className="trashed-title">{title}</span>
      </th>
      <td className="cell-time">{speech.deletedAt && <ChangeTime iso={speech.deletedAt} />}</td>
      <td className="cell-count">{t('library.characterCount', { count: speech.characters, formatted: speech.characters.toLocaleString(i18n.language) })}</td>
      <td className="cell-actions">
        <div className="row-actions">
          <button type="button" className="button button-small" disabled={busy} onClick={onRestore} data-testid="restore-speech">
            {t('trash.restore')}
          </button>
          <button type="button" className="button button-small button-quiet button-danger" disabled={busy} onClick={onDeleteForGood} data-testid="delete-forever">
            {t('trash.deleteForGood')}
          </button>
        </div>
      </td>
    </tr>
  );
}
