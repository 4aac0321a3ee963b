import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINESE_FONT_SIZES, chineseFontSizeName, exportFont, OFFICIAL_FONTS } from '../../../common/export/font-names';
import type { LayoutIssue } from '../../../common/export/layout-settings';
import { layoutIssueMessage } from './layout-messages';

/** What a control reports after trying a value: undefined when it was taken. */
export type Commit = (value: unknown) => LayoutIssue | undefined;
type FormIssue = LayoutIssue | { code: 'not-a-number' | 'no-font' };

/**
 * A text field that writes when it loses focus or on Enter (never per keystroke: a half-typed 3 of 30 would reach
 * every co-editor), follows the shared value while not being edited, and keeps a refused draft with the reason.
 */
function useDraft(value: string, commit: (draft: string) => FormIssue | undefined) {
  const [draft, setDraft] = useState(value);
  const [issue, setIssue] = useState<FormIssue | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== input.current) {
      setDraft(value);
      setIssue(undefined);
    }
  }, [value]);
  const submit = () => {
    if (draft.trim() === value) {
      setIssue(undefined);
      return;
    }
    setIssue(commit(draft.trim()));
  };
  return { draft, setDraft, issue, input, submit };
}

function FieldError({ id, issue }: { id: string; issue: FormIssue | undefined }) {
  const { t } = useTranslation();
  if (!issue) return null;
  return (
    <p id={id} className="field-error layout-error" role="alert" data-testid="layout-error">
      {layoutIssueMessage(t, issue)}
    </p>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  unit: string;
  value: number;
  onCommit: Commit;
}

export function LayoutNumberField({ id, label, unit, value, onCommit }: NumberFieldProps) {
  const errorId = useId();
  const { draft, setDraft, issue, input, submit } = useDraft(String(value), (text) => {
    const number = text === '' ? Number.NaN : Number(text);
    return Number.isFinite(number) ? onCommit(number) : { code: 'not-a-number' };
  });
  return (
    <div className="layout-control">
      <label className="layout-label" htmlFor={id}>
        {label}
      </label>
      <span className="layout-number">
        <input
          ref={input}
          id={id}
          className="text-input layout-number-input"
          inputMode="decimal"
          value={draft}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? errorId : undefined}
          data-testid={id}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={submit}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) submit();
          }}
        />
        <span className="layout-unit">{unit}</span>
      </span>
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

interface FontFieldProps {
  id: string;
  label: string;
  value: string;
  onCommit: Commit;
}

/** A font by its Chinese name; the Windows fallback is chosen from the name (see exportFont). */
export function LayoutFontField({ id, label, value, onCommit }: FontFieldProps) {
  const errorId = useId();
  const listId = useId();
  const { draft, setDraft, issue, input, submit } = useDraft(value, (text) => (text === '' ? { code: 'no-font' } : onCommit(exportFont(text))));
  return (
    <>
      <input
        ref={input}
        id={id}
        className="text-input layout-font-input"
        aria-label={label}
        list={listId}
        value={draft}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
        data-testid={id}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={submit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) submit();
        }}
      />
      <datalist id={listId}>
        {OFFICIAL_FONTS.map((font) => (
          <option key={font} value={font} />
        ))}
      </datalist>
      <FieldError id={errorId} issue={issue} />
    </>
  );
}

interface ChoiceProps<T extends string | number> {
  id: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onCommit: Commit;
}

/** A choice from a list; a refused choice (it would not fit the page) leaves the shared value and says why. */
export function LayoutChoice<T extends string | number>({ id, label, value, options, onCommit }: ChoiceProps<T>) {
  const errorId = useId();
  const [issue, setIssue] = useState<LayoutIssue | undefined>(undefined);
  return (
    <>
      <select
        id={id}
        className="select layout-select"
        aria-label={label}
        value={String(value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
        data-testid={id}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) setIssue(onCommit(chosen.value));
        }}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} issue={issue} />
    </>
  );
}

/** 号 sizes, with the current size by its points when it has no name. */
export function sizeOptions(current: number, otherLabel: (pt: number) => string): Array<{ value: number; label: string }> {
  const named = CHINESE_FONT_SIZES.map((size) => ({ value: size.pt, label: size.name }));
  return chineseFontSizeName(current) === undefined ? [{ value: current, label: otherLabel(current) }, ...named] : named;
}
