import { getDefinition } from '../../shared/catalog';
import type { NodeKind } from '../../shared/catalog';

/** The drag-and-drop type a palette item carries; other drags (files, text) are ignored. */
export const NODE_KIND_MIME = 'application/x-legflow-node-kind';

export function setDraggedKind(transfer: DataTransfer, kind: NodeKind): void {
  transfer.setData(NODE_KIND_MIME, kind);
  transfer.effectAllowed = 'copy';
}

export function isNodeKindDrag(transfer: DataTransfer): boolean {
  return transfer.types.includes(NODE_KIND_MIME);
}

/** The kind being dropped, or null when the drop is not a known palette item. */
export function droppedKind(transfer: DataTransfer): NodeKind | null {
  return getDefinition(transfer.getData(NODE_KIND_MIME))?.kind ?? null;
}
