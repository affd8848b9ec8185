import { getDefinition } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';
import type { FlowCoverage } from '../../shared/flow-tests';
import { useFocusNode } from '../canvas/use-focus-node';

/** A node as a designer knows it: its label, else its kind's title, else its id. */
function nodeName(flow: FlowDocument, nodeId: string): string {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return nodeId;
  return node.label || getDefinition(node.kind)?.title || node.id;
}

function portName(flow: FlowDocument, nodeId: string, port: string): string {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return port;
  return (
    getDefinition(node.kind)
      ?.ports(node.params)
      .find((p) => p.name === port)?.label ?? port
  );
}

/**
 * The outputs no test takes and the nodes no test reaches, each a button that selects its node
 * and brings it to the middle of the canvas, as the Problems tab does.
 */
export function CoverageList({ flow, coverage }: { flow: FlowDocument; coverage: FlowCoverage }) {
  const focusNode = useFocusNode();
  if (coverage.untested.length === 0 && coverage.unreachedNodes.length === 0) {
    return <p className="tests-coverage__all">Every output is taken by some test.</p>;
  }
  return (
    <div className="tests-coverage__lists">
      {coverage.untested.length > 0 && (
        <section aria-label="Untested outputs">
          <h3 className="tests-coverage__heading">Untested outputs</h3>
          <ul className="tests-coverage__list">
            {coverage.untested.map((output) => (
              <li key={`${output.nodeId}.${output.port}`}>
                <button
                  type="button"
                  className="tests-coverage__item"
                  data-output={`${output.nodeId}.${output.port}`}
                  title="Show this node"
                  onClick={() => focusNode(output.nodeId)}
                >
                  <span className="tests-coverage__node">{nodeName(flow, output.nodeId)}</span>
                  <span className="tests-coverage__port">
                    {portName(flow, output.nodeId, output.port)}
                  </span>
                  <span className="tests-coverage__to">→ {nodeName(flow, output.to)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {coverage.unreachedNodes.length > 0 && (
        <section aria-label="Nodes no test reaches">
          <h3 className="tests-coverage__heading">Nodes no test reaches</h3>
          <ul className="tests-coverage__list">
            {coverage.unreachedNodes.map((nodeId) => (
              <li key={nodeId}>
                <button
                  type="button"
                  className="tests-coverage__item"
                  data-node-id={nodeId}
                  title="Show this node"
                  onClick={() => focusNode(nodeId)}
                >
                  <span className="tests-coverage__node">{nodeName(flow, nodeId)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
