/** indicator: a figure from the indicator store; variable: a document variable; slot: words only the writer knows. */
export const PLACEHOLDER_KINDS = ['indicator', 'variable', 'slot'] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];
