import type { FlowCoverage } from '../../shared/flow-tests';

/** A connected output port (and its lines): some test left by it, or none did. */
export type CoverageMark = 'tested' | 'untested';

/**
 * Where a node or line stands against the test shown: on the path it expected only, on the path
 * it took only, or on both (where the two agree).
 */
export type PathMark = 'expected' | 'taken' | 'both';

export interface CoverageMarks {
  /** By node, then port: the mark of each connected output. */
  ports: Readonly<Record<string, Readonly<Record<string, CoverageMark>>>>;
  /** Nodes no test reaches. */
  unreached: Readonly<Record<string, true>>;
}

export interface PathMarks {
  nodes: Readonly<Record<string, PathMark>>;
  /** By `from>to`: every line between two nodes that follow each other on a path. */
  edges: Readonly<Record<string, PathMark>>;
}

/** The coverage marks of the canvas, from the tests' coverage of the flow. */
export function coverageMarks(coverage: FlowCoverage): CoverageMarks {
  const ports: Record<string, Record<string, CoverageMark>> = {};
  for (const output of coverage.outputs) {
    (ports[output.nodeId] ??= {})[output.port] = output.timesTaken > 0 ? 'tested' : 'untested';
  }
  const unreached: Record<string, true> = {};
  for (const nodeId of coverage.unreachedNodes) unreached[nodeId] = true;
  return { ports, unreached };
}

/** The key of the lines from one node to another, as {@link PathMarks.edges} holds them. */
export const pathEdgeKey = (from: string, to: string) => `${from}>${to}`;

function merge(marks: Record<string, PathMark>, key: string, mark: PathMark) {
  const before = marks[key];
  marks[key] = before === undefined || before === mark ? mark : 'both';
}

/** The marks of a test's expected path beside the path its run took. */
export function pathMarks(expected: readonly string[], taken: readonly string[]): PathMarks {
  const nodes: Record<string, PathMark> = {};
  const edges: Record<string, PathMark> = {};
  const mark = (path: readonly string[], as: PathMark) => {
    path.forEach((nodeId, index) => {
      merge(nodes, nodeId, as);
      if (index > 0) merge(edges, pathEdgeKey(path[index - 1]!, nodeId), as);
    });
  };
  mark(expected, 'expected');
  mark(taken, 'taken');
  return { nodes, edges };
}

/**
 * `next`, with each node's port marks replaced by `previous`'s where they are the same: a node
 * re-renders only when its own marks change.
 */
export function keepUnchanged(
  previous: CoverageMarks | null,
  next: CoverageMarks | null,
): CoverageMarks | null {
  if (!previous || !next) return next;
  const ports: Record<string, Readonly<Record<string, CoverageMark>>> = {};
  for (const [nodeId, marks] of Object.entries(next.ports)) {
    const old = previous.ports[nodeId];
    ports[nodeId] = old && sameRecord(old, marks) ? old : marks;
  }
  return { ports, unreached: next.unreached };
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
