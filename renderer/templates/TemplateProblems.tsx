import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from '../../common/api';

/** Template files the host could not load, as file:line: message, so that whoever edits them can find the fault. */
export function TemplateProblems({ problems }: { problems: readonly TemplateProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <details className="template-problems" data-testid="template-problems">
      <summary>{t('templates.gallery.problemsTitle', { count: problems.length })}</summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} className="template-problem" data-testid="template-problem">
            <code>
              {problem.file}:{problem.line}
              {problem.column === undefined ? '' : `:${problem.column}`}
            </code>
            : {problem.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
