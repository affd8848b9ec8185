import { useShallow } from 'zustand/react/shallow';
import { useDesigner } from '../store/designer-context';
import { useRun } from './run-context';
import { shownRun } from './run-store';
import { takenEdgeIds } from './node-run-state';

const node = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"]`;

/**
 * The run's marks the canvas's own elements cannot carry without knowing of runs: taken edges
 * animate, the port taken is marked, and the cursor's node glows in its leg's colour. Written as
 * a small style sheet keyed by element id, so the canvas re-renders nothing for them.
 */
export function RunCanvasStyles() {
  const { edges, legs } = useDesigner(
    useShallow((state) => ({ edges: state.flow.edges, legs: state.flow.legs })),
  );
  const { taken, current } = useRun(
    useShallow((state) => {
      const view = shownRun(state);
      return { taken: view.taken, current: view.current };
    }),
  );
  const rules: string[] = [];
  const edgeIds = takenEdgeIds(edges, taken);
  if (edgeIds.length > 0) {
    rules.push(
      `${edgeIds.map((id) => `.react-flow__edge[data-id="${CSS.escape(id)}"] .react-flow__edge-path`).join(',')}{stroke:var(--run-edge);stroke-width:2.5;stroke-dasharray:6 4;animation:run-edge-flow .6s linear infinite}`,
    );
  }
  for (const key of Object.keys(taken)) {
    const split = key.lastIndexOf(':');
    const port = key.slice(split + 1);
    rules.push(
      `${node(key.slice(0, split))} .flow-node__port[data-port="${CSS.escape(port)}"]{color:var(--run-edge);font-weight:700}`,
    );
  }
  const color = legs.find((leg) => leg.id === current?.leg)?.color;
  if (current && color && /^#[0-9a-f]{3,8}$/i.test(color)) {
    rules.push(`${node(current.nodeId)} .flow-node{--run-glow:${color}}`);
  }
  return <style data-run-canvas>{rules.join('\n')}</style>;
}
