import type { FlowDocument, FlowNode } from './flow-document';

/** Why an Incoming call's ExoPhone cannot be a template, in words for the person who wrote it. */
export const EXOPHONE_TEMPLATE_MESSAGE =
  'The ExoPhone callers dial must be a number, not a {{template}}: nothing has been set when the call comes in.';

/**
 * Whether this node is an Incoming call whose ExoPhone is a `{{template}}`. The number is what
 * callers dial, so it is needed before the run has set any variable: no template can fill it.
 */
export function hasTemplatedExophone(node: FlowNode): boolean {
  const exophone = node.params.exophone;
  return node.kind === 'incoming-call' && typeof exophone === 'string' && exophone.includes('{{');
}

/** The message for the first Incoming call of the flow with a templated ExoPhone, or null. */
export function templatedExophoneProblem(flow: FlowDocument): string | null {
  const node = flow.nodes.find(hasTemplatedExophone);
  return node ? `"${node.label || 'Incoming call'}": ${EXOPHONE_TEMPLATE_MESSAGE}` : null;
}
