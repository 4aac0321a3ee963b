import type { MarkSpec } from 'prosemirror-model';

/**
 * Where a figure in a frozen (定稿) version came from: the placeholder it replaced, with the indicator, period and
 * value it had. Shown on hover, so a reviewer can trace every figure; never typed by hand.
 */
export const provenance: MarkSpec = {
  attrs: {
    kind: { default: 'indicator', validate: 'string' },
    /** False when the placeholder had no value at 定稿 and its fallback text was kept (an unset variable too). */
    resolved: { default: true, validate: 'boolean' },
    key: { default: '', validate: 'string' },
    indicator: { default: '', validate: 'string' },
    periodLabel: { default: '', validate: 'string' },
    value: { default: null },
    unit: { default: '', validate: 'string' },
    source: { default: '', validate: 'string' },
    changedAt: { default: '', validate: 'string' },
  },
  inclusive: false,
  parseDOM: [
    {
      tag: 'span[data-provenance-key]',
      getAttrs: (dom) => ({
        kind: dom.getAttribute('data-provenance-kind') ?? 'indicator',
        resolved: dom.getAttribute('data-resolved') !== 'false',
        key: dom.getAttribute('data-provenance-key') ?? '',
        indicator: dom.getAttribute('data-indicator') ?? '',
        periodLabel: dom.getAttribute('data-period') ?? '',
        value: Number(dom.getAttribute('data-value') ?? 'NaN'),
        unit: dom.getAttribute('data-unit') ?? '',
        source: dom.getAttribute('data-source') ?? '',
        changedAt: dom.getAttribute('data-changed-at') ?? '',
      }),
    },
  ],
  toDOM: (mark) => {
    const attrs = mark.attrs as { kind: string; resolved: boolean; key: string; indicator: string; periodLabel: string; value: number | null; unit: string; source: string; changedAt: string };
    return [
      'span',
      {
        class: 'speech-provenance',
        'data-provenance-kind': attrs.kind,
        'data-resolved': String(attrs.resolved),
        'data-provenance-key': attrs.key,
        'data-indicator': attrs.indicator,
        'data-period': attrs.periodLabel,
        'data-value': attrs.value === null ? '' : String(attrs.value),
        'data-unit': attrs.unit,
        'data-source': attrs.source,
        'data-changed-at': attrs.changedAt,
      },
      0,
    ];
  },
};
