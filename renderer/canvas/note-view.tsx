import { X } from 'lucide-react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { removeElements } from '../store/bulk-edits';
import { useDesignerStoreApi } from '../store/designer-context';
import type { NoteNode } from './canvas-elements';

/**
 * A sticky note: dragged by its strip, its text edited in place. A run of typing is one undo
 * step, ended when the text box loses focus.
 */
export const NoteView = memo(function NoteView({ data }: NodeProps<NoteNode>) {
  const store = useDesignerStoreApi();
  const { id, text } = data.note;
  return (
    <div className="canvas-note" data-note-id={id}>
      <div className="canvas-note__strip">
        <span className="canvas-note__label">Note</span>
        <button
          type="button"
          className="canvas-note__delete nodrag"
          aria-label="Delete note"
          title="Delete note"
          onClick={() => store.getState().edit((flow) => removeElements(flow, { notes: [id] }))}
        >
          <X size={14} aria-hidden="true" focusable="false" />
        </button>
      </div>
      <textarea
        // nodrag: selecting text must not move the note; nowheel: scroll the text, not the canvas;
        // nokey: typing Backspace must not delete the note.
        className="canvas-note__text nodrag nowheel nokey"
        aria-label="Note text"
        placeholder="Write a note…"
        value={text}
        maxLength={4000}
        onChange={(event) =>
          store.getState().setNoteText(id, event.target.value, `note-text:${id}`)
        }
        onBlur={() => store.getState().checkpoint()}
      />
    </div>
  );
});
