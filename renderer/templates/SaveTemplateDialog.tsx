import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS, type NodeJson, type SectionTemplate, type TemplateKind } from '../../common/api';
import type { NumberingStyle } from '../../common/numbering-style';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { ApiClient } from '../host/api-client';
import { previewSections } from './template-preview';

interface SaveTemplateDialogProps {
  api: ApiClient;
  /** The blocks to save (see the editor's sectionContent), placeholders and slots included. */
  content: NodeJson[];
  numberingStyle: NumberingStyle;
  initialKind: TemplateKind;
  onSaved: (template: SectionTemplate) => void;
  onCancel: () => void;
}

/** 存为模板: names the selected blocks and saves them as a user section template for the gallery. */
export function SaveTemplateDialog({ api, content, numberingStyle, initialKind, onSaved, onCancel }: SaveTemplateDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TemplateKind>(initialKind);
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const nameMissing = !name.trim();
  // The preview reads placeholders as the template will: by their fallback, not this speech's values.
  const lines = previewSections([{ id: '', name, kind, description, tags: [], source: 'user', variables: [], content }], numberingStyle)[0]?.lines ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (nameMissing || content.length === 0 || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await api.saveTemplate({ name: name.trim(), kind, ...(description.trim() ? { description: description.trim() } : {}), content }));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal role="dialog" title={t('templates.save.title')} onCancel={onCancel} testId="save-template-dialog">
      <form className="save-template-form" onSubmit={(event) => void submit(event)} noValidate>
        {content.length === 0 ? (
          <p className="field-error" role="alert">
            {t('templates.save.nothing')}
          </p>
        ) : (
          <>
            <p className="modal-text">{t('templates.save.preview', { count: content.length })}</p>
            <div className="template-card-preview save-template-preview">
              {lines.map((line, index) => (
                <p key={index} className="preview-line">
                  {line.label && <span className="preview-label">{line.label}</span>}
                  {line.text}
                </p>
              ))}
            </div>
          </>
        )}
        <label className="field">
          <span className="field-label">{t('templates.save.name')}</span>
          <input className="text-input" value={name} maxLength={100} aria-invalid={tried && nameMissing} onChange={(event) => setName(event.target.value)} data-testid="template-name" />
        </label>
        {tried && nameMissing && <p className="field-error">{t('templates.save.nameMissing')}</p>}
        <label className="field">
          <span className="field-label">{t('templates.save.kind')}</span>
          <select className="select" value={kind} onChange={(event) => setKind(event.target.value as TemplateKind)} data-testid="template-kind-select">
            {TEMPLATE_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`templates.kinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('templates.save.description')}</span>
          <textarea className="text-input" rows={2} maxLength={500} value={description} onChange={(event) => setDescription(event.target.value)} data-testid="template-description" />
        </label>
        {failure !== null && <ErrorMessage error={failure} context={t('templates.save.failed')} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || content.length === 0} data-testid="save-template-submit">
            {t('templates.save.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
