import { X } from 'lucide-react';
import { useState } from 'react';
import type { FlowLeg } from '../../shared/flow';
import { useDraft } from '../inspector/use-param-editor';
import { useDesignerStoreApi } from '../store/designer-context';
import { changeLeg, removeLegFrom } from './leg-actions';
import { LEG_PALETTE, isTooPale } from './leg-colors';
import { LEG_LABEL_MAX, legLabelProblem } from './leg-edits';

interface LegRowProps {
  leg: FlowLeg;
  legs: readonly FlowLeg[];
  /** How many nodes act on or bridge this leg. */
  users: number;
}

/** The id of the datalist of palette colours, offered by every colour picker. */
export const PALETTE_LIST_ID = 'leg-palette';

/** One leg role: its colour, its name, where it is used, and removing it. */
export function LegRow({ leg, legs, users }: LegRowProps) {
  const store = useDesignerStoreApi();
  const [confirming, setConfirming] = useState(false);
  const draft = useDraft(
    leg.label,
    (text) => text.trim() === leg.label || !!legLabelProblem(text, legs, leg.id),
  );
  const problem = legLabelProblem(draft.shown, legs, leg.id);
  const name = leg.label || leg.id;

  const remove = () => {
    if (users > 0 && !confirming) setConfirming(true);
    else removeLegFrom(store, leg.id);
  };

  return (
    <li className="leg-row" data-leg={leg.id} aria-label={`${name} leg`}>
      <div className="leg-row__main">
        <input
          type="color"
          className="leg-row__color"
          aria-label={`Colour of ${name}`}
          list={PALETTE_LIST_ID}
          value={leg.color}
          onChange={(event) =>
            changeLeg(store, leg.id, { color: event.target.value }, `leg:${leg.id}:color`)
          }
          onBlur={() => store.getState().checkpoint()}
        />
        <input
          className="field__input"
          aria-label={`Name of ${name}`}
          maxLength={LEG_LABEL_MAX}
          value={draft.shown}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            draft.edit(event.target.value);
            if (!legLabelProblem(event.target.value, legs, leg.id)) {
              changeLeg(store, leg.id, { label: event.target.value.trim() }, `leg:${leg.id}:label`);
            }
          }}
          onBlur={() => {
            draft.end();
            store.getState().checkpoint();
          }}
        />
        <button
          type="button"
          className="row-button row-button--danger"
          aria-label={`Remove ${name}`}
          title="Remove"
          onClick={remove}
        >
          <X size={14} aria-hidden="true" focusable="false" />
        </button>
      </div>
      <p
        className="leg-row__meta"
        title={`In text, {{${leg.id}.contact_uri}} is this leg's number.`}
      >
        {users === 0 ? 'Not used yet' : users === 1 ? 'Used by 1 node' : `Used by ${users} nodes`}
      </p>
      {problem && (
        <p className="field__message" data-severity="error">
          {problem}
        </p>
      )}
      {isTooPale(leg.color) && (
        <p className="field__message" data-severity="warning">
          This colour is hard to see on the canvas. Try a darker one.
        </p>
      )}
      {confirming && (
        <div className="leg-row__confirm" role="alertdialog" aria-label={`Remove ${name}?`}>
          <p>
            {users === 1 ? '1 node acts on' : `${users} nodes act on`} {name}. Removing it leaves
            {users === 1 ? ' that node' : ' them'} without a leg until you pick another.
          </p>
          <div className="leg-row__confirm-buttons">
            <button
              type="button"
              className="form-button form-button--danger"
              onClick={remove}
              autoFocus
            >
              Remove anyway
            </button>
            <button type="button" className="form-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** The palette as suggestions in the colour picker. */
export function LegPaletteList() {
  return (
    <datalist id={PALETTE_LIST_ID}>
      {LEG_PALETTE.map((color) => (
        <option key={color} value={color} />
      ))}
    </datalist>
  );
}
