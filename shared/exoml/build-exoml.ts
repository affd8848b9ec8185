import { escapeAttribute, escapeText } from './escape';
import type { ExomlElement, ExomlNode } from './exoml-element';

function buildNode(node: ExomlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attributes}/>`;
  return `<${node.tag}${attributes}>${node.children.map(buildNode).join('')}</${node.tag}>`;
}

/** Builds the body the leg actions endpoint takes: the elements inside one `<Flow>` root. */
export function buildExoml(elements: ExomlElement[]): string {
  return buildNode({ tag: 'Flow', attributes: {}, children: elements });
}

/** Shorthand for an element. */
export function element(
  tag: string,
  attributes: Record<string, string> = {},
  children: ExomlNode[] = [],
): ExomlElement {
  return { tag, attributes, children };
}
