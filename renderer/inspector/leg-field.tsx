import { useState } from 'react';
import type { NodeDefinition } from '../../shared/catalog';
import type { FlowLeg } from '../../shared/flow';
import { addLegForNode } from '../legs/leg-actions';
import { NewLegForm } from '../legs/new-leg-form';
import { useDesignerStoreApi } from '../store/designer-context';
import { Field } from './field';
import type { FieldMessage } from './field-problems';
import { setNodeLeg } from './node-edits';

/** The select's value for "add a new leg…"; not a valid leg id, so it cannot clash with one. */
const ADD_LEG = ' add';

interface LegFieldProps {
  nodeId: string;
  leg: string | null;
  legs: readonly FlowLeg[];
  definition: NodeDefinition;
  messages: readonly FieldMessage[];
}

function legHelp(definition: NodeDefinition): string {
  if (definition.kind === 'incoming-call') return 'The person who calls in becomes this leg.';
  if (definition.kind === 'outbound-call') return 'The call this node dials becomes this leg.';
  return 'The call leg this step acts on.';
}

/** Which leg role the node acts on, with a way to add a role without leaving the form. */
export function LegField({ nodeId, leg, legs, definition, messages }: LegFieldProps) {
  const store = useDesignerStoreApi();
  const [adding, setAdding] = useState(false);
  const known = legs.some((candidate) => candidate.id === leg);
  const color = legs.find((candidate) => candidate.id === leg)?.color;

  return (
    <Field name="leg" label="Leg" help={legHelp(definition)} required messages={messages}>
      {(ids) => (
        <>
          <div className="leg-select">
            <span className="leg-swatch" style={{ background: color }} aria-hidden="true" />
            <select
              id={ids.id}
              className="field__input field__select"
              value={leg ?? ''}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid || undefined}
              aria-required
              onChange={(event) => {
                if (event.target.value === ADD_LEG) setAdding(true);
                else setNodeLeg(store, nodeId, event.target.value);
              }}
            >
              {!known && (
                <option value={leg ?? ''} disabled>
                  {leg === null ? 'Choose a leg…' : `${leg} (not in this flow)`}
                </option>
              )}
              {legs.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label || candidate.id}
                </option>
              ))}
              <option value={ADD_LEG}>Add a new leg…</option>
            </select>
          </div>
          {adding && (
            <NewLegForm
              autoFocus
              onCancel={() => setAdding(false)}
              onAdd={(label) => {
                addLegForNode(store, nodeId, label);
                setAdding(false);
              }}
            />
          )}
        </>
      )}
    </Field>
  );
}
