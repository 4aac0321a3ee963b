import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPIRY_CHOICES, INVITATION_ROLES, type CreatedInvitation, type Invitation, type InvitationRole } from '../../../common/invitations';
import { ColumnHeaders } from '../../app/ColumnHeaders';
import { ErrorMessage } from '../../app/ErrorMessage';
import { Modal } from '../../app/Modal';
import type { InvitationsClient } from '../../host/invitations-client';
import { formatDateTime } from '../../i18n/format-time';
import { RoleBadge } from './RoleBadge';

interface ShareDialogProps {
  client: InvitationsClient;
  documentId: string;
  title: string;
  onClose: () => void;
}

type ListState = { status: 'loading' } | { status: 'ready'; invitations: Invitation[] } | { status: 'error'; error: unknown };

/** 分享 / 邀请: the owner makes invitation links with a role and an expiry, copies them, and revokes them. */
export function ShareDialog({ client, documentId, title, onClose }: ShareDialogProps) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<InvitationRole>('commenter');
  const [expiry, setExpiry] = useState<string>('7');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [list, setList] = useState<ListState>({ status: 'loading' });

  const reload = useCallback(() => {
    const controller = new AbortController();
    client.list(documentId, { signal: controller.signal }).then(
      (invitations) => setList({ status: 'ready', invitations }),
      (error: unknown) => {
        if (!controller.signal.aborted) setList({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [client, documentId]);
  useEffect(reload, [reload]);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const made = await client.create(documentId, { role, expiresInDays: expiry === 'never' ? null : Number(expiry) });
      setCreated(made);
      setCopied(false);
      reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard permission: the link is selected in its field for the user to copy.
      document.querySelector<HTMLInputElement>('[data-testid="share-link"]')?.select();
    }
  }

  async function revoke(invitation: Invitation) {
    setFailure(null);
    try {
      await client.revoke(invitation.id);
      if (created?.invitation.id === invitation.id) setCreated(null);
      reload();
    } catch (error) {
      setFailure(error);
    }
  }

  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const shown = list.status === 'ready' ? list.invitations.filter((invitation) => invitation.status !== 'revoked') : [];

  return (
    <Modal role="dialog" title={t('share.title')} onCancel={onClose} testId="share-dialog" size="wide">
      <p className="modal-text">{t('share.intro', { title })}</p>
      <form className="share-form" onSubmit={(event) => void create(event)}>
        <fieldset className="share-roles">
          <legend className="field-label">{t('share.role')}</legend>
          {[...INVITATION_ROLES].map((option) => (
            <label key={option} className="share-role">
              <input type="radio" name="share-role" value={option} checked={role === option} onChange={() => setRole(option)} data-testid={`share-role-${option}`} />
              <span className="share-role-text">
                <span className="share-role-name">{t(`access.role.${option}`)}</span>
                <span className="share-role-hint">{t(`share.roleHint.${option}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="share-form-end">
          <label className="field">
            <span className="field-label">{t('share.expiry')}</span>
            <select className="select" value={expiry} onChange={(event) => setExpiry(event.target.value)} data-testid="share-expiry">
              {EXPIRY_CHOICES.map((days) => (
                <option key={days ?? 'never'} value={days ?? 'never'}>
                  {days === null ? t('share.never') : t('share.days', { count: days })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button-primary" aria-disabled={busy} data-testid="share-create">
            {t('share.create')}
          </button>
        </div>
      </form>
      {failure !== null && <ErrorMessage error={failure} context={t('share.failed')} onDismiss={() => setFailure(null)} />}
      {created && (
        <div className="share-created" data-testid="share-created">
          <label className="field">
            <span className="field-label">{t('share.link', { role: t(`access.role.${created.invitation.role}`) })}</span>
            <span className="share-link-row">
              <input className="text-input share-link" readOnly value={created.url} onFocus={(event) => event.target.select()} data-testid="share-link" />
              <button type="button" className="button" onClick={() => void copy(created.url)} data-testid="share-copy">
                {copied ? t('share.copied') : t('share.copy')}
              </button>
            </span>
          </label>
          <p className="share-once">{t('share.once')}</p>
        </div>
      )}
      <h3 className="share-list-title">{t('share.listTitle')}</h3>
      {list.status === 'error' && <ErrorMessage error={list.error} context={t('share.listFailed')} onRetry={reload} />}
      {list.status === 'ready' && shown.length === 0 && <p className="share-empty">{t('share.empty')}</p>}
      {shown.length > 0 && (
        <table className="speech-table share-table" data-testid="share-list">
          <ColumnHeaders
            columns={[
              { label: t('share.columns.role') },
              { label: t('share.columns.created') },
              { label: t('share.columns.expires') },
              { label: t('share.columns.actions'), hidden: true },
            ]}
          />
          <tbody>
            {shown.map((invitation) => (
              <tr key={invitation.id} data-testid="share-row" data-status={invitation.status}>
                <td>
                  <RoleBadge role={invitation.role} />
                </td>
                <td>{when(invitation.createdAt)}</td>
                <td>
                  {invitation.status === 'expired' ? (
                    <span className="share-expired">{t('share.expired')}</span>
                  ) : invitation.expiresAt === null ? (
                    t('share.never')
                  ) : (
                    when(invitation.expiresAt)
                  )}
                </td>
                <td className="share-actions">
                  {invitation.status === 'active' && (
                    <button type="button" className="button button-danger" onClick={() => void revoke(invitation)} data-testid="share-revoke">
                      {t('share.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
