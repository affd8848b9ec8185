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

/**
 * Why the flow's Incoming calls cannot all be given their numbers before a run (the first one
 * with no ExoPhone, or one that is a `{{template}}`), or null. A run that goes on without them
 * would wait for calls that can never come.
 */
export function incomingExophoneProblem(flow: FlowDocument): string | null {
  for (const node of flow.nodes) {
    if (node.kind !== 'incoming-call') continue;
    const name = `"${node.label || 'Incoming call'}"`;
    const exophone = node.params.exophone;
    if (typeof exophone !== 'string' || exophone.trim() === '') {
      return `${name} has no ExoPhone: give it the number callers dial.`;
    }
    if (hasTemplatedExophone(node)) return `${name}: ${EXOPHONE_TEMPLATE_MESSAGE}`;
  }
  return null;
}
