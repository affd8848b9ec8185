// Places each validation problem of a node where the designer is looking: under the field it is
// about, under the leg select, or at the top of the form. The problems are validateFlow's own, so
// the form and the Problems panel never disagree; only the wording is fitted to the place.
import type { ParamSpec } from '../../shared/catalog';
import type { Problem } from '../../shared/flow';

/** One message in the form. `missing` marks a required field that is still empty. */
export interface FieldMessage {
  severity: Problem['severity'];
  text: string;
  missing: boolean;
}

export interface NodeProblemGroups {
  /** Messages under each param's field, by param name. */
  params: ReadonlyMap<string, readonly FieldMessage[]>;
  /** Messages under the leg select: no leg, an unknown leg, a leg nothing creates. */
  leg: readonly FieldMessage[];
  /** Messages about the node as a whole (its outputs, whether it is reached), shown on top. */
  node: readonly FieldMessage[];
}

const LEG_CODES = new Set<Problem['code']>(['leg-missing', 'leg-undefined', 'leg-never-created']);

/**
 * The message for one problem. Under a field the node's name is noise (the form is the node's),
 * so the `"Name": ` prefix (or the leading `"Name"`) goes, and an empty required field says so in
 * the field's own words. On top of the form, messages keep the name.
 */
export function fieldMessage(
  problem: Problem,
  nodeName: string,
  spec?: ParamSpec,
  underField = spec !== undefined,
): FieldMessage {
  const missing = problem.code === 'param-missing';
  const quoted = `"${nodeName}"`;
  let text = problem.message;
  if (missing && spec) text = `${spec.label} is required.`;
  else if (underField && text.startsWith(`${quoted}: `)) text = text.slice(quoted.length + 2);
  else if (underField && text.startsWith(`${quoted} `)) {
    // '"Bridge legs" must connect…' under its own field reads 'Must connect…'.
    const rest = text.slice(quoted.length + 1);
    text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return { severity: problem.severity, text, missing };
}

function push(map: Map<string, FieldMessage[]>, key: string, message: FieldMessage) {
  const list = map.get(key) ?? [];
  if (!list.some((known) => known.text === message.text)) list.push(message);
  map.set(key, list);
}

/** Splits the problems of one node into field, leg and node messages, in validation order. */
export function groupNodeProblems(
  problems: readonly Problem[],
  node: { id: string; name: string },
  specs: readonly ParamSpec[],
): NodeProblemGroups {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const params = new Map<string, FieldMessage[]>();
  const leg: FieldMessage[] = [];
  const whole: FieldMessage[] = [];
  for (const problem of problems) {
    if (problem.nodeId !== node.id) continue;
    const spec = problem.param === undefined ? undefined : byName.get(problem.param);
    if (spec) push(params, spec.name, fieldMessage(problem, node.name, spec));
    else if (LEG_CODES.has(problem.code))
      leg.push(fieldMessage(problem, node.name, undefined, true));
    else whole.push(fieldMessage(problem, node.name));
  }
  return { params, leg, node: whole };
}

/** The worst severity among messages, for styling a field; undefined when there are none. */
export function worstSeverity(
  messages: readonly FieldMessage[] | undefined,
): FieldMessage['severity'] | undefined {
  if (!messages?.length) return undefined;
  return messages.some((message) => message.severity === 'error') ? 'error' : 'warning';
}
