import type { FlowDocument } from '../../shared/flow/flow-document';

/** How many steps back Undo can go. */
const LIMIT = 200;

/**
 * Undo and redo over whole flow documents. Documents share every untouched node, so keeping
 * many is cheap. Edits that carry the same `coalesceKey` one after another (typing in one field,
 * dragging one node) make one step; `checkpoint()` ends such a run.
 */
export interface FlowHistory {
  past: readonly FlowDocument[];
  future: readonly FlowDocument[];
  /** The key of the edit that made the newest step, while more of the same may merge into it. */
  openKey: string | null;
}

export const EMPTY_HISTORY: FlowHistory = { past: [], future: [], openKey: null };

/** Records that `before` was replaced by an edit; returns the new history. */
export function record(
  history: FlowHistory,
  before: FlowDocument,
  coalesceKey?: string,
): FlowHistory {
  if (coalesceKey !== undefined && coalesceKey === history.openKey) {
    return { ...history, future: [] };
  }
  return {
    past: [...history.past, before].slice(-LIMIT),
    future: [],
    openKey: coalesceKey ?? null,
  };
}

export function undo(
  history: FlowHistory,
  current: FlowDocument,
): { history: FlowHistory; flow: FlowDocument } | null {
  const previous = history.past.at(-1);
  if (!previous) return null;
  return {
    flow: previous,
    history: {
      past: history.past.slice(0, -1),
      future: [current, ...history.future],
      openKey: null,
    },
  };
}

export function redo(
  history: FlowHistory,
  current: FlowDocument,
): { history: FlowHistory; flow: FlowDocument } | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    flow: next,
    history: { past: [...history.past, current], future: history.future.slice(1), openKey: null },
  };
}
