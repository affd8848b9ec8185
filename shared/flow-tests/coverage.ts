import type { FlowDocument } from '../flow';
import type { TakenOutput } from './taken-outputs';

/** What coverage needs of one run: the nodes it entered and the outputs it left them by. */
export interface CoveredRun {
  path: readonly string[];
  outputs: readonly TakenOutput[];
}

/** One connected output port of the flow: a line on the canvas. */
export interface OutputCoverage {
  nodeId: string;
  port: string;
  /** The line's id and where it leads. */
  edgeId: string;
  to: string;
  /** How many of the runs left the node by this port (a loop counts each time). */
  timesTaken: number;
}

/** How much of a flow a set of runs tried. */
export interface FlowCoverage {
  /** Every connected output, in the order of the flow's nodes, then of its lines. */
  outputs: OutputCoverage[];
  taken: number;
  total: number;
  /**
   * The share taken, in whole percent: rounded, but 100 only when every output was taken and 0
   * only when none was, so a gate on the percentage never passes on rounding.
   */
  percent: number;
  /** The outputs no run took: what to write a test for next. */
  untested: OutputCoverage[];
  /** Nodes no run entered, in the flow's order. */
  unreachedNodes: string[];
}

/** `NODE_ID.PORT`: how the command line names an output. */
export function outputName(output: TakenOutput): string {
  return `${output.nodeId}.${output.port}`;
}

/** The share in whole percent, never rounded up to 100 nor down to 0 (see {@link FlowCoverage}). */
function wholePercent(taken: number, total: number): number {
  if (total === 0 || taken === total) return 100;
  if (taken === 0) return 0;
  return Math.min(99, Math.max(1, Math.round((taken / total) * 100)));
}

/**
 * Which connected outputs of `flow` the runs took, and which nodes they reached. An output is
 * connected when a line leaves it for a node of the flow; a port drawn twice counts once.
 */
export function flowCoverage(flow: FlowDocument, runs: readonly CoveredRun[]): FlowCoverage {
  const nodeIds = new Set(flow.nodes.map((node) => node.id));
  const counts = new Map<string, number>();
  for (const run of runs) {
    for (const output of run.outputs) {
      const key = outputName(output);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const order = new Map(flow.nodes.map((node, index) => [node.id, index]));
  const seen = new Set<string>();
  const outputs: OutputCoverage[] = [];
  for (const edge of flow.edges) {
    const key = outputName({ nodeId: edge.from, port: edge.port });
    if (seen.has(key) || !nodeIds.has(edge.from) || !nodeIds.has(edge.to)) continue;
    seen.add(key);
    outputs.push({
      nodeId: edge.from,
      port: edge.port,
      edgeId: edge.id,
      to: edge.to,
      timesTaken: counts.get(key) ?? 0,
    });
  }
  // Stable: lines of one node keep the order they have in the file.
  outputs.sort((a, b) => order.get(a.nodeId)! - order.get(b.nodeId)!);
  const untested = outputs.filter((output) => output.timesTaken === 0);
  const reached = new Set(runs.flatMap((run) => run.path));
  const taken = outputs.length - untested.length;
  return {
    outputs,
    taken,
    total: outputs.length,
    percent: wholePercent(taken, outputs.length),
    untested,
    unreachedNodes: flow.nodes.filter((node) => !reached.has(node.id)).map((node) => node.id),
  };
}

/** "17 of 23 outputs, 74%": the share as the canvas and the command line show it. */
export function coverageSummary(
  coverage: Pick<FlowCoverage, 'taken' | 'total' | 'percent'>,
): string {
  return `${coverage.taken} of ${coverage.total} output${coverage.total === 1 ? '' : 's'}, ${coverage.percent}%`;
}

/** Whether the runs took at least `minPercent` of the outputs, on the exact share. */
export function meetsCoverage(
  coverage: Pick<FlowCoverage, 'taken' | 'total'>,
  minPercent: number,
): boolean {
  if (coverage.total === 0) return true;
  return coverage.taken * 100 >= minPercent * coverage.total;
}
