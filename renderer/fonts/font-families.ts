// Kept apart from bundled-fonts.ts, so code that only needs the names does not load the CSS.

/**
 * The bundled families in the order base.css's `--font-ui` lists them: a character is drawn by
 * the first that has it.
 */
export const BUNDLED_FONT_FAMILIES = [
  'Inter',
  'Noto Sans Devanagari',
  'Noto Sans Bengali',
  'Noto Sans Gujarati',
  'Noto Sans Gurmukhi',
  'Noto Sans Kannada',
  'Noto Sans Malayalam',
  'Noto Sans Oriya',
  'Noto Sans Tamil',
  'Noto Sans Telugu',
] as const;
