import { useTranslation } from 'react-i18next';
import type { TemplateCatalog } from '../../common/api';
import { skeletonSections } from './template-preview';

/** The blank speech, or a skeleton by id. */
export type SkeletonChoice = { kind: 'blank' } | { kind: 'skeleton'; id: string };

interface SkeletonPickerProps {
  catalog: TemplateCatalog;
  choice: SkeletonChoice;
  onChoose: (choice: SkeletonChoice) => void;
}

/** Step 1 of the wizard: skeleton cards (name, description, sections) and the blank speech, as one radio group. */
export function SkeletonPicker({ catalog, choice, onChoose }: SkeletonPickerProps) {
  const { t } = useTranslation();
  return (
    <div className="skeleton-cards" role="radiogroup" aria-label={t('wizard.skeletonsLabel')} data-testid="skeleton-cards">
      {catalog.skeletons.map((skeleton) => {
        const { templates } = skeletonSections(skeleton, catalog);
        return (
          <label key={skeleton.id} className="skeleton-card" data-testid="skeleton-card" data-skeleton-id={skeleton.id}>
            <input type="radio" name="skeleton" checked={choice.kind === 'skeleton' && choice.id === skeleton.id} onChange={() => onChoose({ kind: 'skeleton', id: skeleton.id })} />
            <span className="skeleton-card-name">{skeleton.name}</span>
            <span className="skeleton-card-description">{skeleton.description}</span>
            <span className="skeleton-card-count">{t('wizard.sectionCount', { count: skeleton.sections.length })}</span>
            <ol className="skeleton-card-sections">
              {templates.map((template, index) => (
                <li key={`${template.id}-${index}`}>
                  <span className="kind-tag">{t(`templates.kinds.${template.kind}`)}</span>
                  {template.name}
                </li>
              ))}
            </ol>
          </label>
        );
      })}
      <label className="skeleton-card skeleton-card-blank" data-testid="skeleton-card" data-skeleton-id="">
        <input type="radio" name="skeleton" checked={choice.kind === 'blank'} onChange={() => onChoose({ kind: 'blank' })} />
        <span className="skeleton-card-name">{t('wizard.blank.name')}</span>
        <span className="skeleton-card-description">{t('wizard.blank.description')}</span>
      </label>
    </div>
  );
}
