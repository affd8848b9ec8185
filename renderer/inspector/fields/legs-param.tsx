import { useState } from 'react';
import type { LegListParam } from '../../../shared/catalog';
import type { FlowLeg } from '../../../shared/flow';
import { addLegAnd } from '../../legs/leg-actions';
import { NewLegForm } from '../../legs/new-leg-form';
import { useDesignerStoreApi } from '../../store/designer-context';
import { Field } from '../field';
import { withParam } from '../port-rewiring';
import { useParamEditor } from '../use-param-editor';
import type { ParamFieldProps } from './param-field-props';

/** Bridge's legs: a checkbox per leg role of the flow, and a way to add the one that is missing. */
export function LegsParamField({
  nodeId,
  spec,
  value,
  messages,
  legs,
}: ParamFieldProps<LegListParam> & { legs: readonly FlowLeg[] }) {
  const edit = useParamEditor(nodeId, spec.name);
  const store = useDesignerStoreApi();
  const [adding, setAdding] = useState(false);
  const chosen = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  // Roles the flow does not define (a hand-edited file) stay listed so they can be unticked.
  const unknown = chosen.filter((role) => !legs.some((leg) => leg.id === role));
  const options = [
    ...legs.map((leg) => ({ id: leg.id, label: leg.label, color: leg.color })),
    ...unknown.map((id) => ({ id, label: `${id} (not in this flow)`, color: undefined })),
  ];

  const toggle = (id: string, on: boolean) =>
    edit.set(
      options
        .map((option) => option.id)
        .filter((role) => (role === id ? on : chosen.includes(role))),
    );

  return (
    <Field group name={spec.name} label={spec.label} help={spec.help} required messages={messages}>
      {() => (
        <>
          <ul className="leg-checks">
            {options.map((option) => (
              <li key={option.id}>
                <label className="leg-checks__item">
                  <input
                    type="checkbox"
                    className="field__checkbox"
                    checked={chosen.includes(option.id)}
                    onChange={(event) => toggle(option.id, event.target.checked)}
                  />
                  <span
                    className="leg-swatch"
                    style={{ background: option.color }}
                    aria-hidden="true"
                  />
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
          {adding ? (
            <NewLegForm
              autoFocus
              onCancel={() => setAdding(false)}
              onAdd={(label) => {
                addLegAnd(store, label, (flow, id) =>
                  withParam(flow, nodeId, spec.name, [...chosen, id]),
                );
                setAdding(false);
              }}
            />
          ) : (
            <button type="button" className="add-button" onClick={() => setAdding(true)}>
              + Add a new leg…
            </button>
          )}
        </>
      )}
    </Field>
  );
}
