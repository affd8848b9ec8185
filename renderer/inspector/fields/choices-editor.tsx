import { useRef } from 'react';
import { gatherChoices } from '../../../shared/catalog';
import type { ChoicesParam, GatherChoice } from '../../../shared/catalog';
import { useDesignerStoreApi } from '../../store/designer-context';
import { Field } from '../field';
import { choiceKeysProblem, nextChoiceKey, patchItem, removeItem, swapItems } from '../list-items';
import { setListParam, typingKey } from '../node-edits';
import type { ParamFieldProps } from './param-field-props';
import { RowButtons } from './row-buttons';

/**
 * Gather's menu: one row per choice (the keys that pick it and a label), each becoming an output
 * port named by its keys. A choice's connection follows it when its keys are retyped.
 */
export function ChoicesEditor({ nodeId, spec, value, messages }: ParamFieldProps<ChoicesParam>) {
  const store = useDesignerStoreApi();
  const choices = gatherChoices({ choices: value ?? [] });
  // The port the connection of the choice being typed in sits on: its keys when the field got
  // focus, then each valid value typed since. Invalid keys in between leave it where it was.
  const wired = useRef<string | null>(null);

  const save = (next: GatherChoice[], ports?: Map<string, string | null>, key?: string) =>
    setListParam(store, nodeId, spec.name, next, ports, key);

  const typeKeys = (index: number, digits: string) => {
    const next = patchItem(choices, index, { digits });
    const from = wired.current;
    const ports = new Map<string, string | null>();
    const sharedFrom = choices.some((c, at) => at !== index && c.digits === from);
    if (
      from !== null &&
      from !== digits &&
      !sharedFrom &&
      !choiceKeysProblem(digits, index, next)
    ) {
      ports.set(from, digits);
      wired.current = digits;
    }
    save(next, ports, typingKey(nodeId, `choices.${index}.digits`));
  };

  const remove = (index: number) => {
    const gone = choices[index]?.digits ?? '';
    const next = removeItem(choices, index);
    const stillUsed = next.some((choice) => choice.digits === gone);
    save(next, stillUsed ? new Map() : new Map([[gone, null]]));
  };

  // Each row says what is wrong with its own keys, which is clearer than the flow-wide wording
  // of the same rules; the flow-wide messages show only if the rows have nothing to say.
  const rowsSayIt = choices.some((choice, index) =>
    choiceKeysProblem(choice.digits, index, choices),
  );

  return (
    <Field
      group
      name={spec.name}
      label={spec.label}
      help={spec.help}
      messages={rowsSayIt ? undefined : messages}
    >
      {() => (
        <>
          {choices.length > 0 && (
            <div className="list-editor__head" aria-hidden="true">
              <span>Keys</span>
              <span>Label</span>
            </div>
          )}
          <ol className="list-editor">
            {choices.map((choice, index) => {
              const problem = choiceKeysProblem(choice.digits, index, choices);
              const n = index + 1;
              return (
                <li
                  key={index}
                  className="list-editor__row"
                  data-invalid={problem ? '' : undefined}
                >
                  <div className="choice-row">
                    <input
                      className="field__input choice-row__keys"
                      inputMode="tel"
                      autoComplete="off"
                      maxLength={50}
                      aria-label={`Keys of choice ${n}`}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${nodeId}-choice-${n}-problem` : undefined}
                      value={choice.digits}
                      onFocus={() => (wired.current = choice.digits)}
                      onChange={(event) => typeKeys(index, event.target.value.replace(/\s/g, ''))}
                      onBlur={() => store.getState().checkpoint()}
                    />
                    <input
                      className="field__input"
                      aria-label={`Label of choice ${n}`}
                      placeholder="e.g. Sales"
                      value={choice.label}
                      onChange={(event) =>
                        save(
                          patchItem(choices, index, { label: event.target.value }),
                          undefined,
                          typingKey(nodeId, `choices.${index}.label`),
                        )
                      }
                      onBlur={() => store.getState().checkpoint()}
                    />
                    <RowButtons
                      name={`choice ${n}`}
                      index={index}
                      count={choices.length}
                      onMove={(from, to) => save(swapItems(choices, from, to))}
                      onRemove={remove}
                    />
                  </div>
                  {problem && (
                    <p id={`${nodeId}-choice-${n}-problem`} className="list-editor__problem">
                      {problem}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="add-button"
            onClick={() => save([...choices, { digits: nextChoiceKey(choices), label: '' }])}
          >
            + Add choice
          </button>
        </>
      )}
    </Field>
  );
}
