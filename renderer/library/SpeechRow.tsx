import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import { ChangeTime } from '../app/ChangeTime';
import { routeHash } from '../app/route';
import { RenameField } from './RenameField';

interface SpeechRowProps {
  speech: DocumentSummary;
  busy: boolean;
  renaming: boolean;
  onStartRename: () => void;
  onRename: (title: string) => void;
  onCancelRename: () => void;
  onOpen: () => void;
  onDuplicate: () => void;
  onTrash: () => void;
}

/** One speech in the library: its title opens it; rename happens in place. */
export function SpeechRow(props: SpeechRowProps) {
  const { speech, busy, renaming } = props;
  const { t, i18n } = useTranslation();
  const title = speech.title || t('library.untitled');
  return (
    <tr className="speech-row" data-testid="speech-item" data-document-id={speech.id} aria-label={title} aria-busy={busy} onDoubleClick={renaming ? undefined : props.onOpen}>
      <th scope="row" className="cell-title">
        {renaming ? (
          <RenameField title={speech.title} busy={busy} onSave={props.onRename} onCancel={props.onCancelRename} />
        ) : (
          <a className="speech-link" href={routeHash({ screen: 'speech', documentId: speech.id })} data-testid="open-speech">
            {title}
          </a>
        )}
      </th>
      <td className="cell-time">
        <ChangeTime iso={speech.updatedAt} />
      </td>
      <td className="cell-count">{t('library.characterCount', { count: speech.characters, formatted: speech.characters.toLocaleString(i18n.language) })}</td>
      <td className="cell-actions">
        {!renaming && (
          <div className="row-actions">
            <button type="button" className="button button-small button-quiet" disabled={busy} onClick={props.onStartRename} data-testid="rename-speech">
              {t('library.rename')}
            </button>
            <button type="button" className="button button-small button-quiet" disabled={busy} onClick={props.onDuplicate} data-testid="duplicate-speech">
              {t('library.duplicate')}
            </button>
            <button type="button" className="button button-small button-quiet button-danger" disabled={busy} onClick={props.onTrash} data-testid="trash-speech">
              {t('library.trash')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
