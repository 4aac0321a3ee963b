import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS, type SectionTemplate, type TemplateKind } from '../../common/api';
import type { NumberingStyle } from '../../common/numbering-style';
import { ErrorMessage } from '../app/ErrorMessage';
import { SidePanel } from '../speech/SidePanel';
import { previewSections } from './template-preview';
import { TemplateCard } from './TemplateCard';
import { TemplateProblems } from './TemplateProblems';
import type { CatalogState } from './use-template-catalog';

interface SectionGalleryProps {
  catalog: CatalogState;
  onRetry: () => void;
  kind: TemplateKind;
  onKind: (kind: TemplateKind) => void;
  numberingStyle: NumberingStyle;
  variables: Readonly<Record<string, string>>;
  /** Inserts at the caret; false when the template's content cannot go into a speech. */
  onInsert: (template: SectionTemplate) => boolean;
  onClose: () => void;
}

/**
 * 章节库: section templates by kind (开场 … 结束语), the variants of a kind side by side with a preview of their
 * text, inserted at the caret as a new section. Template files that failed to load are listed at the bottom.
 */
export function SectionGallery({ catalog, onRetry, kind, onKind, numberingStyle, variables, onInsert, onClose }: SectionGalleryProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const tabsId = useId();
  const sections = catalog.status === 'ready' ? catalog.catalog.sections : [];
  const variants = sections.filter((template) => template.kind === kind);

  function insert(template: SectionTemplate) {
    setNotice(t(onInsert(template) ? 'templates.gallery.inserted' : 'templates.gallery.insertFailed', { name: template.name }));
  }

  function onTabKey(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TEMPLATE_KINDS[(TEMPLATE_KINDS.indexOf(kind) + step + TEMPLATE_KINDS.length) % TEMPLATE_KINDS.length] ?? kind;
    onKind(next);
    document.getElementById(`${tabsId}-${next}`)?.focus();
  }

  return (
    <SidePanel title={t('templates.gallery.title')} closeLabel={t('templates.gallery.close')} onClose={onClose} testId="section-gallery" wide>
      {catalog.status === 'error' && <ErrorMessage error={catalog.error} context={t('templates.gallery.loadFailed')} onRetry={onRetry} />}
      {catalog.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      <div className="kind-tabs" role="tablist" aria-label={t('templates.gallery.kindsLabel')} onKeyDown={onTabKey}>
        {TEMPLATE_KINDS.map((name) => {
          const count = sections.filter((template) => template.kind === name).length;
          return (
            <button
              key={name}
              id={`${tabsId}-${name}`}
              type="button"
              role="tab"
              className="kind-tab"
              aria-selected={name === kind}
              aria-controls={`${tabsId}-panel`}
              tabIndex={name === kind ? 0 : -1}
              onClick={() => onKind(name)}
              data-testid="template-kind"
              data-kind={name}
            >
              {t(`templates.kinds.${name}`)}
              <span className="kind-count">{count}</span>
            </button>
          );
        })}
      </div>
      <div id={`${tabsId}-panel`} className="template-variants" role="tabpanel" aria-labelledby={`${tabsId}-${kind}`}>
        {catalog.status === 'ready' && variants.length === 0 && <p className="gallery-empty">{t('templates.gallery.empty')}</p>}
        {variants.map((template) => (
          <TemplateCard key={template.id} template={template} lines={previewSections([template], numberingStyle, variables)[0]?.lines ?? []} onInsert={() => insert(template)} />
        ))}
      </div>
      <p className="notice" role="status" data-testid="gallery-notice">
        {notice}
      </p>
      {catalog.status === 'ready' && <TemplateProblems problems={catalog.catalog.problems} />}
    </SidePanel>
  );
}
