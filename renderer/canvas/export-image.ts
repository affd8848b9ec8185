import type { Rect } from '@xyflow/react';
import { BUNDLED_FONT_FAMILIES } from '../fonts/font-families';
import { embeddedFontCss } from './export-fonts';

/** The image formats the canvas exports. */
export type ImageFormat = 'png' | 'svg';

/** Space around the nodes in an exported image, in flow pixels. */
const PADDING = 32;
/** Longest side of an exported image; bigger flows are scaled down to fit. */
const MAX_SIDE = 4096;

/** The size of the image and the transform that puts `bounds` inside it with padding. */
export function imageFrame(bounds: Rect): {
  width: number;
  height: number;
  transform: string;
} {
  const fullWidth = bounds.width + 2 * PADDING;
  const fullHeight = bounds.height + 2 * PADDING;
  const zoom = Math.min(1, MAX_SIDE / fullWidth, MAX_SIDE / fullHeight);
  const x = (PADDING - bounds.x) * zoom;
  const y = (PADDING - bounds.y) * zoom;
  return {
    width: Math.round(fullWidth * zoom),
    height: Math.round(fullHeight * zoom),
    transform: `translate(${x}px, ${y}px) scale(${zoom})`,
  };
}

/** A file name from a flow name: what the user called it, minus characters files cannot have. */
export function imageFileName(flowName: string, format: ImageFormat): string {
  const base =
    flowName
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'flow';
  return `${base}.${format}`;
}

const BAKED = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill'] as const;

/**
 * html-to-image copies an <svg> as it is, without the styles its shapes get from stylesheets, so
 * edges would come out invisible. This copies each shape's computed stroke and fill onto it as
 * presentation attributes (which the page's CSS still overrides, so nothing changes on screen)
 * and returns a function that removes them again.
 */
function bakeSvgStyles(root: Element): () => void {
  const shapes = [...root.querySelectorAll<SVGElement>('svg path, svg circle, svg rect')];
  const added: [SVGElement, string][] = [];
  for (const shape of shapes) {
    const style = getComputedStyle(shape);
    for (const name of BAKED) {
      if (shape.hasAttribute(name)) continue;
      shape.setAttribute(name, style.getPropertyValue(name));
      added.push([shape, name]);
    }
  }
  return () => added.forEach(([shape, name]) => shape.removeAttribute(name));
}

/**
 * Renders React Flow's viewport element (nodes and edges, no minimap or controls) framed around
 * `bounds`, as a data URL. html-to-image is loaded on first use, as few users export.
 */
export async function renderViewportImage(
  viewport: HTMLElement,
  bounds: Rect,
  format: ImageFormat,
  backgroundColor: string,
): Promise<string> {
  const { toPng, toSvg } = await import('html-to-image');
  const { width, height, transform } = imageFrame(bounds);
  const options = {
    backgroundColor,
    width,
    height,
    // The bundled fonts the text needs, inlined, so Hindi (or Tamil...) shows its real glyphs in
    // the image on any machine; html-to-image's own search would embed all nine families.
    fontEmbedCSS: await embeddedFontCss(viewport.textContent ?? '', BUNDLED_FONT_FAMILIES),
    style: { width: `${width}px`, height: `${height}px`, transform },
  };
  const unbake = bakeSvgStyles(viewport);
  try {
    return await (format === 'png'
      ? toPng(viewport, { ...options, pixelRatio: Math.max(width, height) > 2048 ? 1 : 2 })
      : toSvg(viewport, options));
  } finally {
    unbake();
  }
}

/** Saves a data URL as a download with the given file name. */
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}
