import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getDefinition } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';
import { NodeIcon } from '../icons/node-icons';
import { assignLegToNodes } from '../legs/leg-actions';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { useNodeProblems } from './use-node-problems';

/** One line per selected node: its kind and name, in flow order. Strings, for `useShallow`. */
function selectedLines(flow: FlowDocument, ids: readonly string[]): string[] {
  return flow.nodes
    .filter((node) => ids.includes(node.id))
    .map((node) => {
      const definition = getDefinition(node.kind);
      const title = definition?.title ?? node.kind;
      const name = node.label && node.label !== title ? `${node.label} (${title})` : title;
      return `${node.kind}\u0000${name}`;
    });
}

/** What the inspector shows for several nodes: what they are, their problems, a shared leg. */
export function SelectionSummary({ ids }: { ids: readonly string[] }) {
  const store = useDesignerStoreApi();
  const lines = useDesigner(useShallow((state) => selectedLines(state.flow, ids)));
  const legs = useDesigner((state) => state.flow.legs);
  const problems = useNodeProblems(ids);
  const legSelectId = useId();
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;

  return (
    <div className="inspector__body selection-summary">
      <h2 className="node-form__title">{lines.length} nodes selected</h2>
      <p className="inspector__placeholder">Select one node to edit its settings.</p>
      <ul className="selection-summary__list">
        {lines.map((line, index) => {
          const [kind = '', name] = line.split('\u0000');
          return (
            <li key={index}>
              <NodeIcon kind={kind} />
              {name}
            </li>
          );
        })}
      </ul>
      <p className="inspector__muted">
        {problems.length === 0
          ? 'No problems in these nodes.'
          : `${errors} ${errors === 1 ? 'error' : 'errors'} and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in these nodes.`}
      </p>
      {legs.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor={legSelectId}>
            Put them all on a leg
          </label>
          <select
            id={legSelectId}
            className="field__input field__select"
            value=""
            onChange={(event) => assignLegToNodes(store, ids, event.target.value)}
          >
            <option value="" disabled>
              Choose a leg…
            </option>
            {legs.map((leg) => (
              <option key={leg.id} value={leg.id}>
                {leg.label || leg.id}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
