import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLayout, ExportTextStyle } from '../../../common/export/layout';
import { layoutFieldValue, type LayoutField, type LayoutIssue, type SpeechLayout } from '../../../common/export/layout-settings';
import { LayoutChoice, LayoutFontField, LayoutNumberField, sizeOptions } from './LayoutControls';
import { layoutFieldLabel, TEXT_STYLE_ROWS, type TextStyleRow } from './layout-messages';
import '../../styles/layout.css';

interface LayoutSectionProps {
  layout: SpeechLayout;
  onSet: (field: LayoutField, value: unknown) => LayoutIssue | undefined;
  /** One field back to its default, or every field when none is given. */
  onReset: (field?: LayoutField) => void;
  /** Bring the section into view when it appears. */
  scrollIntoView?: boolean;
}

const MARGINS = ['marginsMm.top', 'marginsMm.bottom', 'marginsMm.left', 'marginsMm.right'] as const;
const GRID = [
  ['linesPerPage', 'lines'],
  ['charactersPerLine', 'characters'],
  ['firstLineIndentChars', 'characters'],
] as const;
const DASHES = [
  { value: '—', label: '— 1 —' },
  { value: '-', label: '- 1 -' },
  { value: '', label: '1' },
] as const;

const controlId = (field: string) => `layout-${field.replace(/\./g, '-')}`;

function textStyle(layout: ExportLayout, row: TextStyleRow): ExportTextStyle {
  return layoutFieldValue(layout, row as LayoutField) as ExportTextStyle;
}

/**
 * 版式: the speech's export and print layout, field by field over the GB/T 9704 defaults. Every export (Word,
 * PDF, printing) follows it, for every co-editor. A refused value stays in its field with the reason and changes
 * nothing; 恢复默认 appears beside what the speech has changed.
 */
export function LayoutSection({ layout, onSet, onReset, scrollIntoView = false }: LayoutSectionProps) {
  const { t } = useTranslation();
  const section = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (scrollIntoView) section.current?.scrollIntoView({ block: 'start' });
  }, [scrollIntoView]);
  const overridden = new Set<string>(layout.overridden);
  const current = layout.layout;

  const reset = (fields: readonly LayoutField[]) => {
    const changed = fields.filter((field) => overridden.has(field));
    if (changed.length === 0) return <span />;
    const label = fields.length === 1 ? layoutFieldLabel(t, fields[0] as LayoutField) : layoutFieldLabel(t, changed[0] as LayoutField);
    return (
      <button
        type="button"
        className="button button-quiet button-small layout-reset"
        title={t('layout.resetTitle')}
        aria-label={t('layout.resetLabel', { field: label })}
        data-testid={`reset-${controlId(fields[0] as string)}`}
        onClick={() => changed.forEach((field) => onReset(field))}
      >
        <span aria-hidden="true">↺</span>
      </button>
    );
  };

  const row = (key: string, children: ReactNode, fields: readonly LayoutField[]) => (
    <div key={key} className={fields.some((field) => overridden.has(field)) ? 'layout-row layout-row-changed' : 'layout-row'} data-testid="layout-row" data-field={key}>
      {children}
      {reset(fields)}
    </div>
  );

  const number = (field: LayoutField, unit: string) =>
    row(
      field,
      <LayoutNumberField id={controlId(field)} label={layoutFieldLabel(t, field)} unit={unit} value={layoutFieldValue(current, field) as number} onCommit={(value) => onSet(field, value)} />,
      [field],
    );

  const styleRow = (name: TextStyleRow) => {
    const style = textStyle(current, name);
    const font = `${name}.font` as LayoutField;
    const size = `${name}.sizePt` as LayoutField;
    return row(
      name,
      <div className="layout-control layout-style">
        <span className="layout-label" id={`${controlId(name)}-label`}>
          {t(`layout.rows.${name}`)}
        </span>
        <span className="layout-style-inputs" role="group" aria-labelledby={`${controlId(name)}-label`}>
          <LayoutFontField id={controlId(font)} label={layoutFieldLabel(t, font)} value={style.font.eastAsia} onCommit={(value) => onSet(font, value)} />
          <LayoutChoice id={controlId(size)} label={layoutFieldLabel(t, size)} value={style.sizePt} options={sizeOptions(style.sizePt, (pt) => t('layout.points', { pt }))} onCommit={(value) => onSet(size, value)} />
        </span>
      </div>,
      [font, size],
    );
  };

  const choice = <T extends string | number>(field: LayoutField, options: ReadonlyArray<{ value: T; label: string }>) =>
    row(
      field,
      <div className="layout-control">
        <label className="layout-label" htmlFor={controlId(field)}>
          {layoutFieldLabel(t, field)}
        </label>
        <LayoutChoice id={controlId(field)} label={layoutFieldLabel(t, field)} value={layoutFieldValue(current, field) as T} options={options} onCommit={(value) => onSet(field, value)} />
      </div>,
      [field],
    );

  return (
    <fieldset ref={section} className="variable-group layout-section" data-testid="layout-settings">
      <legend className="variable-group-title">{t('layout.title')}</legend>
      <p className="side-panel-intro">{t('layout.intro')}</p>
      {layout.problems.length > 0 && (
        <p className="checks-warning layout-problems" role="alert" data-testid="layout-problems">
          {t('layout.storedProblems', { fields: layout.problems.map((problem) => layoutFieldLabel(t, problem.key.replace(/^layout\./, ''))).join('、') })}
        </p>
      )}
      <h4 className="layout-group-title">{t('layout.groups.margins')}</h4>
      <div className="layout-grid">{MARGINS.map((field) => number(field, t('layout.units.mm')))}</div>
      <h4 className="layout-group-title">{t('layout.groups.grid')}</h4>
      <div className="layout-grid">{GRID.map(([field, unit]) => number(field, t(`layout.units.${unit}`)))}</div>
      <h4 className="layout-group-title">{t('layout.groups.fonts')}</h4>
      <div className="layout-grid">
        {TEXT_STYLE_ROWS.map(styleRow)}
        {row(
          'leadBold',
          <label className="layout-control layout-check">
            <input type="checkbox" checked={current.leadBold} data-testid={controlId('leadBold')} onChange={(event) => onSet('leadBold', event.target.checked)} />
            {layoutFieldLabel(t, 'leadBold')}
          </label>,
          ['leadBold'],
        )}
      </div>
      <h4 className="layout-group-title">{t('layout.groups.pageNumber')}</h4>
      <div className="layout-grid">
        {choice('pageNumber.dash', DASHES)}
        {choice('pageNumber.position', [
          { value: 'outside', label: t('layout.positions.outside') },
          { value: 'center', label: t('layout.positions.center') },
        ])}
        {choice('pageNumber.sizePt', sizeOptions(current.pageNumber.sizePt, (pt) => t('layout.points', { pt })))}
      </div>
      <div className="layout-actions">
        <button type="button" className="button button-small" disabled={layout.overridden.length === 0 && layout.problems.length === 0} data-testid="layout-reset-all" onClick={() => onReset()}>
          {t('layout.resetAll')}
        </button>
      </div>
    </fieldset>
  );
}
