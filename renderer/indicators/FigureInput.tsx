import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureProblem } from './figure-draft';

interface FigureInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: FigureProblem | undefined;
  testId: string;
}

/** One labelled field of the figure editor, with its problem right under it and tied to it for screen readers. */
export function FigureInput({ label, value, onChange, problem, testId, className, ...rest }: FigureInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  return (
    <div className={className ? `figure-field ${className}` : 'figure-field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        {...rest}
        id={id}
        className="text-input"
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      {problem && (
        <p id={errorId} className="field-error" data-testid={`${testId}-error`}>
          {t(`indicators.problem.${problem.kind}`)}
          {'message' in problem && <span className="field-error-detail">{problem.message}</span>}
        </p>
      )}
    </div>
  );
}
