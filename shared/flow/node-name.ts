import { definitionOf } from '../catalog';
import type { FlowDocument, FlowNode } from './flow-document';

function plainName(node: FlowNode): string {
  return node.label || definitionOf(node.kind).title;
}

/**
 * A node's name in messages: its label, or its kind's title; followed by its id where another
 * node goes by the same name, so four problems of four nodes called "Say" say which is which.
 */
export function nodeName(node: FlowNode, flow: FlowDocument): string {
  const name = plainName(node);
  // Messages are few, so a look through the nodes per message costs less than keeping a count
  // in step with edits.
  const shared = flow.nodes.some((other) => other !== node && plainName(other) === name);
  return shared ? `${name} (${node.id})` : name;
}
