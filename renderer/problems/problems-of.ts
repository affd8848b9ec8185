import { validateFlow } from '../../shared/flow/validate-flow';
import type { FlowDocument } from '../../shared/flow/flow-document';
import type { Problem } from '../../shared/flow/problem';

/** True when two flows differ at most in where nodes and notes sit, which validation ignores. */
export function differsOnlyInPlacement(a: FlowDocument, b: FlowDocument): boolean {
  if (a.edges !== b.edges || a.legs !== b.legs || a.variables !== b.variables) return false;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, index) => {
    const other = b.nodes[index]!;
    return (
      node === other ||
      (node.id === other.id &&
        node.kind === other.kind &&
        node.leg === other.leg &&
        node.label === other.label &&
        node.params === other.params)
    );
  });
}

// A cache, not state: the problems of a document are a function of it. Every view (panel, node
// badges) asks with the same document, so one edit validates once, and a drag (a new document
// every frame that differs only in positions) validates not at all and hands back the very same
// array, so views selecting it do not re-render.
let last: { flow: FlowDocument; problems: Problem[] } | null = null;

/** The validation problems of `flow`, memoised as described above. */
export function problemsOf(flow: FlowDocument): Problem[] {
  if (last && (last.flow === flow || differsOnlyInPlacement(last.flow, flow))) {
    last = { flow, problems: last.problems };
    return last.problems;
  }
  last = { flow, problems: validateFlow(flow) };
  return last.problems;
}
