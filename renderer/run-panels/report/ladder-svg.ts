import type { LadderLayout } from '../ladder-layout';
import { escapeHtml as esc } from './html-escape';

/** The call ladder as a standalone SVG, from the same layout the Call ladder tab draws. */
export function ladderSvg(layout: LadderLayout, fontFamily: string): string {
  const columns = layout.columns
    .map(
      (c) =>
        `<text x="${c.x}" y="16" text-anchor="middle" font-weight="600">${esc(c.title)}</text>` +
        `<line x1="${c.x}" x2="${c.x}" y1="24" y2="${layout.height}" stroke="#9aa3b2" stroke-dasharray="3 3"/>`,
    )
    .join('');
  const arrows = layout.arrows
    .map((a) => {
      const color = !a.ok ? '#d92d20' : a.kind === 'api' ? '#2563eb' : '#16a34a';
      const back = a.x2 >= a.x1 ? -7 : 7;
      return (
        `<line x1="${a.x1}" x2="${a.x2}" y1="${a.y}" y2="${a.y}" stroke="${color}" stroke-width="1.5"/>` +
        `<polygon points="${a.x2},${a.y} ${a.x2 + back},${a.y - 4} ${a.x2 + back},${a.y + 4}" fill="${color}"/>` +
        `<text x="${(a.x1 + a.x2) / 2}" y="${a.y - 4}" text-anchor="middle" fill="${color}">${esc(a.label)}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Call ladder" width="${layout.width}" height="${layout.height}" font-family="${esc(fontFamily)}" font-size="11">${columns}${arrows}</svg>`;
}
