/**
 * The @font-face rules an exported image needs, with their font files inlined as data URLs.
 * An exported SVG is opened elsewhere, and a PNG is drawn from an SVG image that cannot reach
 * the page's fonts: without this, Hindi text comes out as boxes on machines without a Devanagari
 * font. Only the faces whose `unicode-range` covers a character of the image's text are embedded
 * (one script's file, not all nine families), and only their WOFF2 file.
 */
export async function embeddedFontCss(
  text: string,
  families: readonly string[],
  doc: Document = document,
): Promise<string> {
  const faces = fontFaceRules(doc).map((rule) => ({
    rule,
    family: rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim(),
    ranges: parseUnicodeRange(rule.style.getPropertyValue('unicode-range')),
  }));
  // Each character is drawn by the first family of the stack that has it, as on screen: Latin
  // by Inter, never by the Latin subsets every Noto Sans family also carries.
  const needed = new Set<(typeof faces)[number]>();
  for (const char of new Set(text)) {
    const point = char.codePointAt(0)!;
    const family = families.find((name) =>
      faces.some((face) => face.family === name && covers(face.ranges, point)),
    );
    for (const face of faces) {
      if (face.family === family && covers(face.ranges, point)) needed.add(face);
    }
  }
  const inlined = await Promise.all([...needed].map((face) => inlineFace(face.rule)));
  return inlined.filter((face) => face !== null).join('\n');
}

/** `U+0900-097F,U+20B9` as ranges of code points; an absent range covers everything. */
export function parseUnicodeRange(value: string): [number, number][] {
  if (!value.trim()) return [[0, 0x10ffff]];
  return value.split(',').flatMap((part): [number, number][] => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return [];
    const [, start = '', end] = match;
    if (start.includes('?')) {
      return [[parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)]];
    }
    return [[parseInt(start, 16), parseInt(end ?? start, 16)]];
  });
}

function covers(ranges: readonly [number, number][], point: number): boolean {
  return ranges.some(([start, end]) => point >= start && point <= end);
}

function fontFaceRules(doc: Document): CSSFontFaceRule[] {
  const rules: CSSFontFaceRule[] = [];
  for (const sheet of doc.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // A sheet from another origin cannot be read; ours are all the app's own.
    }
    for (const rule of list) if (rule instanceof CSSFontFaceRule) rules.push(rule);
  }
  return rules;
}

/** The rule with its WOFF2 (else first) source fetched and inlined, or null if it cannot be. */
async function inlineFace(rule: CSSFontFaceRule): Promise<string | null> {
  const src = rule.style.getPropertyValue('src');
  const urls = [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!);
  const url = urls.find((candidate) => /\.woff2(?:[?#]|$)/.test(candidate)) ?? urls[0];
  if (!url) return null;
  const base = rule.parentStyleSheet?.href ?? document.baseURI;
  try {
    const response = await fetch(new URL(url, base));
    if (!response.ok) return null;
    const dataUrl = await blobToDataUrl(await response.blob());
    const format = url.includes('.woff2') ? 'woff2' : 'woff';
    const style = rule.style;
    return `@font-face { font-family: ${style.getPropertyValue('font-family')}; font-style: ${
      style.getPropertyValue('font-style') || 'normal'
    }; font-weight: ${style.getPropertyValue('font-weight') || '400'}; src: url(${dataUrl}) format('${format}'); unicode-range: ${
      style.getPropertyValue('unicode-range') || 'U+0-10FFFF'
    }; }`;
  } catch {
    return null; // The image then falls back to the system's fonts for these characters.
  }
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The font could not be read.'));
    reader.readAsDataURL(blob);
  });
}
