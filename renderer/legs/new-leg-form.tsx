import { useId, useState } from 'react';
import { useDesigner } from '../store/designer-context';
import { LEG_LABEL_MAX, legLabelProblem } from './leg-edits';

interface NewLegFormProps {
  /** Called with the trimmed name once it is acceptable. */
  onAdd(label: string): void;
  /** Offers a Cancel button (and Escape) when given. */
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A name box and an Add button for a new leg role; the colour is picked from the palette. */
export function NewLegForm({ onAdd, onCancel, autoFocus }: NewLegFormProps) {
  const legs = useDesigner((state) => state.flow.legs);
  const [label, setLabel] = useState('');
  const [tried, setTried] = useState(false);
  const problemId = useId();
  const problem = legLabelProblem(label, legs);
  const shown = tried || label.trim() !== '' ? problem : null;

  return (
    <form
      className="new-leg"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem) return;
        onAdd(label.trim());
        setLabel('');
        setTried(false);
      }}
    >
      <div className="new-leg__row">
        <input
          className="field__input"
          aria-label="New leg name"
          placeholder="New leg, e.g. Agent"
          maxLength={LEG_LABEL_MAX}
          autoFocus={autoFocus}
          value={label}
          aria-invalid={shown ? true : undefined}
          aria-describedby={problemId}
          onChange={(event) => setLabel(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) {
              event.stopPropagation();
              onCancel();
            }
          }}
        />
        <button type="submit" className="form-button form-button--primary">
          Add leg
        </button>
        {onCancel && (
          <button type="button" className="form-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p id={problemId} className="field__message" data-severity="error" aria-live="polite">
        {shown}
      </p>
    </form>
  );
}
