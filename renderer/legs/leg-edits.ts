// Pure edits of a flow's leg roles. Each returns a new document; the store applies it as one step.
import { definitionOf } from '../../shared/catalog';
import type { FlowDocument, FlowLeg } from '../../shared/flow';
import { nextLegColor } from './leg-colors';

/** The longest leg name the flow file accepts. */
export const LEG_LABEL_MAX = 60;

/**
 * An id for a new leg made from its name. Ids name the leg's variables in templates
 * (`{{agent.contact_uri}}`) and Branch tests, so they use only letters, digits and `_`, start with
 * a letter, and never change when the leg is renamed.
 */
export function legIdFor(label: string, taken: Iterable<string>): string {
  let base = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (base === '') base = 'leg';
  else if (!/^[a-z]/.test(base)) base = `leg_${base}`;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** What is wrong with a leg name, or null. `except` is the leg being renamed. */
export function legLabelProblem(
  label: string,
  legs: readonly FlowLeg[],
  except?: string,
): string | null {
  const name = label.trim();
  if (name === '') return 'A leg needs a name, such as Agent.';
  if (name.length > LEG_LABEL_MAX) return `Keep the name to ${LEG_LABEL_MAX} characters.`;
  const clash = legs.find(
    (leg) => leg.id !== except && leg.label.trim().toLowerCase() === name.toLowerCase(),
  );
  return clash ? `There is already a leg called ${clash.label}.` : null;
}

/** Adds a leg with the next palette colour; returns the flow and the new leg's id. */
export function addLeg(flow: FlowDocument, label: string): { flow: FlowDocument; id: string } {
  const id = legIdFor(
    label,
    flow.legs.map((leg) => leg.id),
  );
  const color = nextLegColor(flow.legs.map((leg) => leg.color));
  return { flow: { ...flow, legs: [...flow.legs, { id, label: label.trim(), color }] }, id };
}

/** Changes a leg's name or colour. Its id stays, so templates that use it keep working. */
export function updateLeg(
  flow: FlowDocument,
  id: string,
  patch: Partial<Pick<FlowLeg, 'label' | 'color'>>,
): FlowDocument {
  return { ...flow, legs: flow.legs.map((leg) => (leg.id === id ? { ...leg, ...patch } : leg)) };
}

/** The nodes that act on a leg or bridge it; what removing the leg would leave without one. */
export function legUsers(flow: FlowDocument, id: string): FlowDocument['nodes'] {
  return flow.nodes.filter(
    (node) =>
      node.leg === id ||
      (Array.isArray(node.params.legs) && node.params.legs.some((l) => l === id)),
  );
}

/**
 * Removes a leg. Nodes that acted on it are left with no leg, which validation then points out,
 * and bridges stop naming it: a dangling id would be a problem nobody can pick a fix for.
 */
export function removeLeg(flow: FlowDocument, id: string): FlowDocument {
  return {
    ...flow,
    legs: flow.legs.filter((leg) => leg.id !== id),
    nodes: flow.nodes.map((node) => {
      const bridged = Array.isArray(node.params.legs) && node.params.legs.some((l) => l === id);
      if (node.leg !== id && !bridged) return node;
      const next = { ...node, leg: node.leg === id ? null : node.leg };
      if (bridged) {
        const legs = (node.params.legs as string[]).filter((role) => role !== id);
        next.params = { ...node.params, legs };
      }
      return next;
    }),
  };
}

/** Sets the leg of every node that acts on one; nodes of kinds without a leg are left alone. */
export function assignLeg(
  flow: FlowDocument,
  nodeIds: readonly string[],
  leg: string,
): FlowDocument {
  const ids = new Set(nodeIds);
  return {
    ...flow,
    nodes: flow.nodes.map((node) =>
      ids.has(node.id) && definitionOf(node.kind).usesLeg && node.leg !== leg
        ? { ...node, leg }
        : node,
    ),
  };
}
