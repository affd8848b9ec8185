/**
 * Colours for leg roles, in the order new legs take them. Hues far apart so two legs are never
 * confused on the canvas, and each dark enough for 4.5:1 on white, so a leg colour also works as
 * text and as the thin stripe on a node. The first is the Caller's colour of a new flow.
 */
export const LEG_PALETTE = [
  '#2563eb', // blue
  '#c2410c', // orange
  '#15803d', // green
  '#9333ea', // purple
  '#be123c', // rose
  '#0e7490', // teal
  '#a16207', // amber
  '#475569', // slate
] as const;

/** The colour a new leg gets: the first palette colour no leg uses, else the palette again. */
export function nextLegColor(usedColors: readonly string[]): string {
  const used = new Set(usedColors.map((color) => color.toLowerCase()));
  const free = LEG_PALETTE.find((color) => !used.has(color));
  return free ?? LEG_PALETTE[usedColors.length % LEG_PALETTE.length]!;
}

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => channel(parseInt(hex.slice(at, at + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of a `#rrggbb` colour against white (1 to 21). */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * Whether a colour is too pale to see on the canvas. 3:1 is WCAG's floor for graphics such as
 * the leg stripe on a node.
 */
export function isTooPale(hex: string): boolean {
  return contrastOnWhite(hex) < 3;
}
