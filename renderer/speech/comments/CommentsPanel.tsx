import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentEntry, CommentsSnapshot, SpeechComments, ThreadEntry } from '../../editor/comments/speech-comments';
import type { ThreadStatus } from '../../editor/comments/comment-threads';
import { formatChangeTime, formatDateTime } from '../../i18n/format-time';
import { SidePanel } from '../SidePanel';
import { formatShortcut, isMacPlatform, SHORTCUTS } from '../shortcuts';
import '../../styles/comments.css';

interface CommentsPanelProps {
  comments: CommentsSnapshot;
  actions: SpeechComments;
  onClose: () => void;
}

const mac = isMacPlatform();

/** Ctrl+Enter (⌘↩) sends, as in chat and mail clients; Enter alone is a new line. */
function sendsOnKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.key === 'Enter' && (mac ? event.metaKey : event.ctrlKey);
}

/**
 * 评论: the comment being written, then the threads — 未解决 or 已解决 — in the order of the text they are
 * about. A thread shows its quote (or that its text was deleted), its comments with author, colour and time,
 * and for the active one a reply box; 解决 and 重新打开 move it between the lists.
 */
export function CommentsPanel({ comments, actions, onClose }: CommentsPanelProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ThreadStatus>('open');
  const counts = {
    open: comments.threads.filter((thread) => thread.status === 'open').length,
    resolved: comments.threads.filter((thread) => thread.status === 'resolved').length,
  };
  const shown = comments.threads.filter((thread) => thread.status === status);
  // A thread made active from the page (a click on its highlight) is shown in its list.
  const activeStatus = comments.threads.find((thread) => thread.id === comments.active)?.status;
  useEffect(() => {
    if (activeStatus === 'open') setStatus('open');
  }, [comments.active, activeStatus]);

  return (
    <SidePanel title={t('comments.title')} closeLabel={t('comments.close')} onClose={onClose} testId="comments-panel">
      {comments.draft && <ComposeBox quote={comments.draft.quote} actions={actions} />}
      <div className="comment-tabs" role="tablist" aria-label={t('comments.title')}>
        {(['open', 'resolved'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            className="comment-tab"
            aria-selected={status === name}
            onClick={() => setStatus(name)}
            data-testid={`comment-tab-${name}`}
          >
            {t(`comments.${name}`)}
            <span className="comment-tab-count">{counts[name]}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="side-panel-intro" data-testid="comments-empty">
          {status === 'open' ? t('comments.emptyOpen', { shortcut: formatShortcut(SHORTCUTS.comment, mac) }) : t('comments.emptyResolved')}
        </p>
      ) : (
        <ol className="comment-threads" role="tabpanel">
          {shown.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} active={thread.id === comments.active} actions={actions} />
          ))}
        </ol>
      )}
    </SidePanel>
  );
}

function ComposeBox({ quote, actions }: { quote: string; actions: SpeechComments }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), [quote]);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (actions.submit(text)) setText('');
  };
  return (
    <form className="comment-compose" onSubmit={submit} aria-label={t('comments.compose.label')} data-testid="comment-compose">
      <blockquote className="comment-quote comment-quote-draft">{quote}</blockquote>
      <textarea
        ref={input}
        className="comment-input"
        rows={3}
        value={text}
        placeholder={t('comments.compose.placeholder')}
        aria-label={t('comments.compose.label')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (sendsOnKey(event)) submit();
          if (event.key === 'Escape') actions.cancel();
        }}
        data-testid="comment-input"
      />
      <div className="comment-actions">
        <button type="button" className="button button-quiet" onClick={() => actions.cancel()} data-testid="comment-cancel">
          {t('comments.compose.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={text.trim() === ''} data-testid="comment-submit">
          {t('comments.compose.submit')}
        </button>
      </div>
    </form>
  );
}

function ThreadCard({ thread, active, actions }: { thread: ThreadEntry; active: boolean; actions: SpeechComments }) {
  const { t } = useTranslation();
  return (
    <li className={active ? 'comment-thread comment-thread-active' : 'comment-thread'} data-testid="comment-thread" data-status={thread.status} data-active={active}>
      <div className="comment-thread-head">
        <button
          type="button"
          className="comment-quote-button"
          onClick={() => actions.activate(thread.id)}
          title={t('comments.showQuote')}
          data-testid="comment-quote"
        >
          {thread.detached ? (
            <>
              <span className="comment-detached" data-testid="comment-detached">
                {t('comments.detached')}
              </span>
              <s className="comment-quote comment-quote-gone">{thread.quote}</s>
            </>
          ) : (
            <span className="comment-quote">{thread.quote}</span>
          )}
        </button>
        {actions.canWrite &&
          (thread.status === 'open' ? (
            <button type="button" className="button comment-status" onClick={() => actions.setStatus(thread.id, 'resolved')} data-testid="comment-resolve">
              {t('comments.resolve')}
            </button>
          ) : (
            <button type="button" className="button comment-status" onClick={() => actions.setStatus(thread.id, 'open')} data-testid="comment-reopen">
              {t('comments.reopen')}
            </button>
          ))}
      </div>
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            onDelete={() => actions.deleteComment(thread.id, comment.id)}
            onEdit={(text) => actions.editComment(thread.id, comment.id, text)}
          />
        ))}
      </ol>
      {active && thread.status === 'open' && actions.canWrite && <ReplyBox threadId={thread.id} actions={actions} />}
    </li>
  );
}

function CommentItem({ comment, onDelete, onEdit }: { comment: CommentEntry; onDelete: () => void; onEdit: (text: string) => boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (editing !== null && onEdit(editing)) setEditing(null);
  };
  return (
    <li className="comment-item" data-testid="comment">
      <div className="comment-meta">
        <span className="comment-dot" style={{ background: comment.author.color }} aria-hidden="true" />
        <span className="comment-author" data-testid="comment-author">
          {comment.author.name}
        </span>
        <time className="comment-time" dateTime={comment.createdAt} title={formatDateTime(comment.createdAt, i18n.language)}>
          {formatChangeTime(comment.createdAt, new Date(), i18n.language, t('comments.justNow'))}
        </time>
        {comment.edited && <span className="comment-time">{t('comments.edited')}</span>}
        <span className="comment-tools">
          {comment.mine && editing === null && (
            <button type="button" className="button button-quiet comment-tool" onClick={() => setEditing(comment.text)} data-testid="comment-edit">
              {t('comments.edit')}
            </button>
          )}
          {comment.deletable && (
            <button
              type="button"
              className="button button-quiet comment-tool"
              onClick={onDelete}
              aria-label={t('comments.deleteLabel', { text: comment.text })}
              data-testid="comment-delete"
            >
              {t('comments.delete')}
            </button>
          )}
        </span>
      </div>
      {editing === null ? (
        <p className="comment-text" data-testid="comment-text">
          {comment.text}
        </p>
      ) : (
        <form onSubmit={save} data-testid="comment-edit-form">
          <textarea
            className="comment-input"
            rows={2}
            value={editing}
            aria-label={t('comments.editLabel')}
            autoFocus
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={(event) => {
              if (sendsOnKey(event)) save();
              if (event.key === 'Escape') setEditing(null);
            }}
            data-testid="comment-edit-input"
          />
          <div className="comment-actions">
            <button type="button" className="button button-quiet" onClick={() => setEditing(null)}>
              {t('comments.compose.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={editing.trim() === ''} data-testid="comment-edit-save">
              {t('comments.save')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function ReplyBox({ threadId, actions }: { threadId: string; actions: SpeechComments }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (actions.reply(threadId, text)) setText('');
  };
  return (
    <form className="comment-reply" onSubmit={submit} data-testid="comment-reply">
      <textarea
        className="comment-input"
        rows={2}
        value={text}
        placeholder={t('comments.replyPlaceholder')}
        aria-label={t('comments.replyLabel')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (sendsOnKey(event)) submit();
        }}
        data-testid="comment-reply-input"
      />
      <div className="comment-actions">
        <button type="submit" className="button button-primary" disabled={text.trim() === ''} data-testid="comment-reply-submit">
          {t('comments.reply')}
        </button>
      </div>
    </form>
  );
}
