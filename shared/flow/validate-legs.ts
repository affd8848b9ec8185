import { definitionOf } from '../catalog';
import type { FlowDocument } from './flow-document';
import { nodeName } from './node-name';
import type { Problem } from './problem';

const LEG_CREATORS = new Set(['outbound-call', 'incoming-call']);

/** Each node's leg role must exist and be created by some node; bridges need two legs. */
export function validateLegs(flow: FlowDocument): Problem[] {
  const problems: Problem[] = [];
  const defined = new Map(flow.legs.map((leg) => [leg.id, leg.label || leg.id]));
  const created = new Set(
    flow.nodes.filter((n) => LEG_CREATORS.has(n.kind) && n.leg).map((n) => n.leg!),
  );
  for (const node of flow.nodes) {
    const definition = definitionOf(node.kind);
    const name = nodeName(node, flow);
    if (definition.usesLeg && !node.leg) {
      problems.push({
        code: 'leg-missing',
        severity: 'error',
        message: `"${name}" does not say which leg it acts on. Pick a leg such as Caller.`,
        nodeId: node.id,
      });
    } else if (node.leg && !defined.has(node.leg)) {
      problems.push({
        code: 'leg-undefined',
        severity: 'error',
        message: `"${name}" acts on the leg "${node.leg}", which is not one of the flow's legs.`,
        nodeId: node.id,
      });
    } else if (definition.usesLeg && node.leg && !created.has(node.leg)) {
      problems.push({
        code: 'leg-never-created',
        severity: 'error',
        message: `"${name}" acts on ${defined.get(node.leg)}, but no Incoming call or Outbound call creates that leg.`,
        nodeId: node.id,
      });
    }
    if (node.kind === 'bridge-legs') {
      const legs = Array.isArray(node.params.legs)
        ? new Set(node.params.legs as string[])
        : new Set();
      if (legs.size < 2) {
        problems.push({
          code: 'bridge-too-few-legs',
          severity: 'error',
          message: `"${name}" must connect at least two different legs; it has ${legs.size}.`,
          nodeId: node.id,
          param: 'legs',
        });
      }
      for (const role of legs) {
        if (typeof role === 'string' && defined.has(role) && !created.has(role)) {
          problems.push({
            code: 'leg-never-created',
            severity: 'error',
            message: `"${name}" bridges ${defined.get(role)}, but no Incoming call or Outbound call creates that leg.`,
            nodeId: node.id,
            param: 'legs',
          });
        }
      }
    }
  }
  return problems;
}
