import { useTranslation } from 'react-i18next';
import type { SectionTemplate } from '../../common/api';
import type { PreviewLine } from './template-preview';

interface TemplateCardProps {
  template: SectionTemplate;
  lines: readonly PreviewLine[];
  onInsert: () => void;
}

/** One section template in the gallery: name, description, a preview of its text and Insert. */
export function TemplateCard({ template, lines, onInsert }: TemplateCardProps) {
  const { t } = useTranslation();
  return (
    <article className="template-card" aria-label={template.name} data-testid="section-template" data-template-id={template.id}>
      <header className="template-card-head">
        <h3 className="template-card-name">{template.name}</h3>
        {template.source === 'user' && <span className="source-tag">{t('templates.userSource')}</span>}
      </header>
      {template.description && <p className="template-card-description">{template.description}</p>}
      <div className="template-card-preview" data-testid="section-template-preview">
        {lines.map((line, index) => (
          <p key={index} className={line.level > 0 ? `preview-line preview-numbered preview-level-${line.level}` : 'preview-line'}>
            {line.label && <span className="preview-label">{line.label}</span>}
            {line.text}
          </p>
        ))}
      </div>
      <button
        type="button"
        className="button template-insert"
        aria-label={t('templates.gallery.insertLabel', { name: template.name })}
        // The editor keeps its selection: the section goes where the caret is.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onInsert}
        data-testid="insert-section"
      >
        {t('templates.gallery.insert')}
      </button>
    </article>
  );
}
