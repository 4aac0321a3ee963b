import { useTranslation } from 'react-i18next';
import type { PreviewSection } from './template-preview';

interface OutlinePreviewProps {
  sections: readonly PreviewSection[];
}

/**
 * Step 3 of the wizard: the speech that will be created, section by section, with the numbers it will have
 * and the text its numbered lines will read (variables filled in).
 */
export function OutlinePreview({ sections }: OutlinePreviewProps) {
  const { t } = useTranslation();
  return (
    <ol className="outline-preview" data-testid="wizard-outline">
      {sections.map(({ template, lines }, index) => {
        const numbered = lines.filter((line) => line.level > 0);
        const excerpt = numbered.length === 0 ? lines.find((line) => line.text) : undefined;
        return (
          <li key={`${template.id}-${index}`} className="outline-preview-section">
            <p className="outline-preview-caption">
              <span className="kind-tag">{t(`templates.kinds.${template.kind}`)}</span>
              {template.name}
            </p>
            {numbered.length > 0 && (
              <ol className="outline-preview-lines">
                {numbered.map((line, lineIndex) => (
                  <li key={lineIndex} className="outline-preview-line" data-level={line.level} data-testid="wizard-outline-entry">
                    <span className="outline-label">{line.label}</span>
                    {line.text}
                  </li>
                ))}
              </ol>
            )}
            {excerpt && <p className="outline-preview-excerpt">{excerpt.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
