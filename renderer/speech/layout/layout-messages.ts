import type { TFunction } from 'i18next';
import { isLayoutField, type LayoutField, type LayoutIssue } from '../../../common/export/layout-settings';

/** The rows of type styles: each has a font and a size. */
export const TEXT_STYLE_ROWS = ['title', 'meta', 'body', 'headings.level1', 'headings.level2', 'headings.level3', 'headings.level4'] as const;
export type TextStyleRow = (typeof TEXT_STYLE_ROWS)[number];

/** Why a value was refused, in the UI's language; 'not-a-number' and 'no-font' are the form's own. */
export function layoutIssueMessage(t: TFunction, issue: LayoutIssue | { code: 'not-a-number' | 'no-font' }): string {
  switch (issue.code) {
    case 'range':
      return t(issue.integer ? 'layout.issues.rangeInteger' : 'layout.issues.range', { min: issue.min ?? 0, max: issue.max ?? '' });
    case 'not-a-number':
      return t('layout.issues.notANumber');
    case 'no-font':
      return t('layout.issues.noFont');
    default:
      return t(`layout.issues.${issue.code}`);
  }
}

/** 上边距, 正文字号: how a field (or a stored key that is none) is named to the writer. */
export function layoutFieldLabel(t: TFunction, field: string): string {
  if (!isLayoutField(field)) return field;
  const row = TEXT_STYLE_ROWS.find((name) => field === `${name}.font` || field === `${name}.sizePt`);
  if (row) return `${t(`layout.rows.${row}`)}${t(field.endsWith('.font') ? 'layout.font' : 'layout.size')}`;
  return t(`layout.fields.${field satisfies LayoutField}`);
}
