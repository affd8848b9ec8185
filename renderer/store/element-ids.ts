/**
 * Notes share React Flow's id space with nodes, so their canvas ids carry a prefix. ':' cannot
 * appear in a flow id (see flowDocumentSchema), so a note can never collide with a node.
 */
const NOTE_PREFIX = 'note:';

/** The canvas id of a flow note. */
export function noteElementId(noteId: string): string {
  return NOTE_PREFIX + noteId;
}

/** The flow id of a canvas element and whether it is a note or a node. */
export function parseElementId(elementId: string): { type: 'note' | 'node'; id: string } {
  return elementId.startsWith(NOTE_PREFIX)
    ? { type: 'note', id: elementId.slice(NOTE_PREFIX.length) }
    : { type: 'node', id: elementId };
}
