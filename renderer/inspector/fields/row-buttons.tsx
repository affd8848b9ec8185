import { ArrowDown, ArrowUp, X } from 'lucide-react';

interface RowButtonsProps {
  /** What the row is called in button names, e.g. "choice 2". */
  name: string;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

/** Move up, move down and remove, for one row of a list editor. */
export function RowButtons({ name, index, count, onMove, onRemove }: RowButtonsProps) {
  return (
    <div className="row-buttons">
      <button
        type="button"
        className="row-button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <ArrowUp size={14} aria-hidden="true" focusable="false" />
      </button>
      <button
        type="button"
        className="row-button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <ArrowDown size={14} aria-hidden="true" focusable="false" />
      </button>
      <button
        type="button"
        className="row-button row-button--danger"
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={() => onRemove(index)}
      >
        <X size={14} aria-hidden="true" focusable="false" />
      </button>
    </div>
  );
}
