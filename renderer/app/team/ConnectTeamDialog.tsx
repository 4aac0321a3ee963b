import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInvitationLink } from '../../../common/invitations';
import { ErrorMessage } from '../ErrorMessage';
import { Modal } from '../Modal';
import { openInvitation } from './open-invitation';

interface ConnectTeamDialogProps {
  onClose: () => void;
}

/** 连接团队服务器: a colleague's invitation link (the server's address with the speech and token) opens that speech. */
export function ConnectTeamDialog({ onClose }: ConnectTeamDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errorId = useId();
  const link = parseInvitationLink(text);
  const showProblem = tried && link === null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!link) return;
    setFailure(null);
    try {
      await openInvitation(link, { desktop: window.speechdesk, location: window.location });
      onClose();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <Modal role="dialog" title={t('team.title')} onCancel={onClose} testId="connect-team-dialog">
      <form className="team-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="modal-text">{t('team.intro')}</p>
        <label className="field">
          <span className="field-label">{t('team.link')}</span>
          <input
            className="text-input"
            value={text}
            placeholder="https://…/#/doc/…?token=…"
            spellCheck={false}
            aria-invalid={showProblem}
            aria-describedby={showProblem ? errorId : undefined}
            onChange={(event) => setText(event.target.value)}
            data-testid="team-link"
          />
        </label>
        {showProblem && (
          <p id={errorId} className="field-error" role="alert">
            {t('team.invalid')}
          </p>
        )}
        {failure !== null && <ErrorMessage error={failure} context={t('team.failed')} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" data-testid="team-open">
            {t('team.open')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
