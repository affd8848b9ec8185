// The two flows the glow-latency bench runs. Both dial one number that answers, say a number of
// sentences and hang up: every move from one node to the next is decided by an event
// (leg_answered, then say_completed), so each move has an event whose glow can be timed.
import { defaultParams } from '../../shared/catalog';
import type { NodeKind, Params } from '../../shared/catalog';
import { CURRENT_FLOW_VERSION, FLOW_FORMAT, isRunnable, validateFlow } from '../../shared/flow';
import type { FlowDocument, FlowEdge, FlowNode } from '../../shared/flow';

/** The phonebook's "Asha Rao": answers after 2 s (platform time) and talks until hung up. */
const ANSWERING_NUMBER = '09163816621';
const EXOPHONE = '08030752400';
const LEG = 'caller';
/** Node pitch on the canvas; a node is 200–260 px wide and about 80 px tall. */
const PITCH = { x: 300, y: 130 };

export interface BenchFlowShape {
  name: string;
  /** How many Say nodes follow the call; each makes two events (started, completed). */
  says: number;
  /**
   * What each Say says. The simulator speaks 60 ms a character, 1 s at least (simulated time):
   * with its speed, this sets how long each node stays lit.
   */
  text: string;
  /** Columns of the grid the chain snakes through, so the whole flow fits the window. */
  columns: number;
}

/** Time-outs of the call, in simulated seconds: generous, so a loaded machine does not trip them. */
const CALL_TIMEOUTS = { timeout: 600, setup_timeout: 600, ring_timeout: 600 };

/**
 * Outbound call → `says` × Say → Hang up, laid out as a snake through a grid so the whole
 * chain is on screen at once (the canvas renders only visible nodes, and an unrendered node
 * cannot glow).
 */
export function benchFlow(shape: BenchFlowShape): FlowDocument {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const add = (kind: NodeKind, label: string, params: Params, port: string) => {
    const index = nodes.length;
    const row = Math.floor(index / shape.columns);
    const column =
      row % 2 === 0 ? index % shape.columns : shape.columns - 1 - (index % shape.columns);
    const id = `n${index}`;
    nodes.push({
      id,
      kind,
      leg: LEG,
      label,
      position: { x: column * PITCH.x, y: row * PITCH.y },
      params: { ...defaultParams(kind), ...params },
    });
    return { id, port };
  };
  const chain = [
    add(
      'outbound-call',
      'Call',
      { contact_uri: ANSWERING_NUMBER, exophone: EXOPHONE, ...CALL_TIMEOUTS },
      'answered',
    ),
    ...Array.from({ length: shape.says }, (_, index) =>
      add('say', `Say ${index + 1}`, { text: shape.text, wait: true }, 'next'),
    ),
    add('hangup', 'Hang up', {}, 'next'),
  ];
  for (let index = 1; index < chain.length; index++) {
    const from = chain[index - 1]!;
    edges.push({ id: `e${index}`, from: from.id, port: from.port, to: chain[index]!.id });
  }
  const flow: FlowDocument = {
    format: FLOW_FORMAT,
    version: CURRENT_FLOW_VERSION,
    name: shape.name,
    legs: [{ id: LEG, label: 'Caller', color: '#2563eb' }],
    nodes,
    edges,
    notes: [],
    variables: {},
  };
  const problems = validateFlow(flow);
  if (!isRunnable(problems)) {
    throw new Error(
      `The bench flow "${shape.name}" would not run: ${problems.map((p) => p.message).join('; ')}`,
    );
  }
  return flow;
}
