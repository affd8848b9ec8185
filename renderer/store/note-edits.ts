// Pure edits of a flow's sticky notes, in the style of flow-edits.ts: untouched notes keep their
// identity so only the changed note re-renders.
import type { FlowDocument } from '../../shared/flow/flow-document';
import { nextId, roundXY } from './flow-edits';
import type { XY } from './flow-edits';

/** Adds a note at `position`; returns the new flow and the note's id. */
export function addNote(
  flow: FlowDocument,
  position: XY,
  text = '',
): { flow: FlowDocument; id: string } {
  const id = nextId(
    'note',
    flow.notes.map((note) => note.id),
  );
  return {
    flow: { ...flow, notes: [...flow.notes, { id, text, position: roundXY(position) }] },
    id,
  };
}

export function setNoteText(flow: FlowDocument, id: string, text: string): FlowDocument {
  if (!flow.notes.some((note) => note.id === id && note.text !== text)) return flow;
  return {
    ...flow,
    notes: flow.notes.map((note) => (note.id === id ? { ...note, text } : note)),
  };
}

export function moveNote(flow: FlowDocument, id: string, position: XY): FlowDocument {
  const rounded = roundXY(position);
  return {
    ...flow,
    notes: flow.notes.map((note) => (note.id === id ? { ...note, position: rounded } : note)),
  };
}
