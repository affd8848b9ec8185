import { escapeAttribute, escapeText, parseExoml } from '../../shared/exoml';
import type { ExomlElement } from '../../shared/exoml';

/** One line of laid-out ExoML and how deep it is nested. */
export interface ExomlLine {
  depth: number;
  text: string;
}

function openTag(element: ExomlElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${element.tag}${attributes}`;
}

function printElement(element: ExomlElement, depth: number): ExomlLine[] {
  if (element.children.length === 0) return [{ depth, text: `${openTag(element)}/>` }];
  if (element.children.every((child) => typeof child === 'string')) {
    const text = element.children.map((child) => escapeText(child as string)).join('');
    return [{ depth, text: `${openTag(element)}>${text}</${element.tag}>` }];
  }
  const inner = element.children.flatMap((child) =>
    typeof child === 'string'
      ? [{ depth: depth + 1, text: escapeText(child) }]
      : printElement(child, depth + 1),
  );
  return [{ depth, text: `${openTag(element)}>` }, ...inner, { depth, text: `</${element.tag}>` }];
}

/**
 * ExoML laid out one element a line, for reading in the inspector. The body posted to the
 * platform stays on one line; this is only how the preview shows it.
 */
export function prettyExomlLines(exoml: string): ExomlLine[] {
  try {
    return printElement(parseExoml(exoml), 0);
  } catch {
    // A preview must never break the form; show the body exactly as it would be sent.
    return [{ depth: 0, text: exoml }];
  }
}

/** The same layout as text, nested by two spaces a level. */
export function prettyExoml(exoml: string): string {
  return prettyExomlLines(exoml)
    .map((line) => `${'  '.repeat(line.depth)}${line.text}`)
    .join('\n');
}
