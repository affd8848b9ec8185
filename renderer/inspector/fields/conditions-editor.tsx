import { BRANCH_OPERATORS, branchConditions } from '../../../shared/catalog';
import type { BranchCondition, BranchOperator, ConditionsParam } from '../../../shared/catalog';
import { useDesignerStoreApi } from '../../store/designer-context';
import { Field } from '../field';
import {
  OPERATOR_LABELS,
  newCondition,
  operatorTakesValue,
  patchItem,
  removeItem,
  swapItems,
} from '../list-items';
import { setListParam, typingKey } from '../node-edits';
import { conditionRemoval, conditionSwap } from '../port-rewiring';
import type { ParamFieldProps } from './param-field-props';
import { RowButtons } from './row-buttons';

/**
 * Branch's tests, checked in order: an operator, a value, and a name for the output. Outputs are
 * numbered by place (`if-1`, `if-2`...), so moving or removing a condition moves its connection.
 */
export function ConditionsEditor({
  nodeId,
  spec,
  value,
  messages,
}: ParamFieldProps<ConditionsParam>) {
  const store = useDesignerStoreApi();
  const conditions = branchConditions({ conditions: value ?? [] });
  const save = (next: BranchCondition[], ports?: Map<string, string | null>, key?: string) =>
    setListParam(store, nodeId, spec.name, next, ports, key);
  const done = () => store.getState().checkpoint();

  return (
    <Field group name={spec.name} label={spec.label} help={spec.help} messages={messages}>
      {() => (
        <>
          <ol className="list-editor">
            {conditions.map((condition, index) => {
              const n = index + 1;
              return (
                <li key={index} className="list-editor__row condition-row">
                  <span className="condition-row__number" aria-hidden="true">
                    {n}
                  </span>
                  <select
                    className="field__input field__select condition-row__test"
                    aria-label={`Test of condition ${n}`}
                    value={condition.operator}
                    onChange={(event) =>
                      save(
                        patchItem(conditions, index, {
                          operator: event.target.value as BranchOperator,
                        }),
                      )
                    }
                  >
                    {BRANCH_OPERATORS.map((operator) => (
                      <option key={operator} value={operator}>
                        {OPERATOR_LABELS[operator]}
                      </option>
                    ))}
                  </select>
                  {operatorTakesValue(condition.operator) && (
                    <input
                      className="field__input condition-row__value"
                      aria-label={`Value of condition ${n}`}
                      placeholder="e.g. 1"
                      value={condition.value}
                      onChange={(event) =>
                        save(
                          patchItem(conditions, index, { value: event.target.value }),
                          undefined,
                          typingKey(nodeId, `conditions.${index}.value`),
                        )
                      }
                      onBlur={done}
                    />
                  )}
                  <input
                    className="field__input condition-row__label"
                    aria-label={`Output name of condition ${n}`}
                    placeholder="Output name"
                    value={condition.label ?? ''}
                    onChange={(event) =>
                      save(
                        patchItem(conditions, index, { label: event.target.value }),
                        undefined,
                        typingKey(nodeId, `conditions.${index}.label`),
                      )
                    }
                    onBlur={done}
                  />
                  <RowButtons
                    name={`condition ${n}`}
                    index={index}
                    count={conditions.length}
                    onMove={(from, to) =>
                      save(swapItems(conditions, from, to), conditionSwap(from, to))
                    }
                    onRemove={(at) =>
                      save(removeItem(conditions, at), conditionRemoval(conditions.length, at))
                    }
                  />
                </li>
              );
            })}
          </ol>
          <p className="list-editor__else">Otherwise the flow leaves by Else.</p>
          <button
            type="button"
            className="add-button"
            onClick={() => save([...conditions, newCondition()])}
          >
            + Add condition
          </button>
        </>
      )}
    </Field>
  );
}
