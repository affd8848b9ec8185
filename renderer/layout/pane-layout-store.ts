import { createStore, useStore } from 'zustand';
import { clampPaneSize, readPaneLayout, writePaneLayout } from './pane-sizes';
import type { PaneId, PaneLayout, PaneSize } from './pane-sizes';

// Like the theme, the layout is one per app, not per document: a module singleton that every
// window reads from localStorage.
const layoutStore = createStore<PaneLayout>()(() => readPaneLayout(globalThis.localStorage));

function update(pane: PaneId, change: Partial<PaneSize>): void {
  const state = layoutStore.getState();
  const next = { ...state, [pane]: { ...state[pane], ...change } };
  layoutStore.setState(next, true);
  writePaneLayout(globalThis.localStorage, next);
}

/** One pane's size and whether it is collapsed, re-rendering when they change. */
export function usePaneSize(pane: PaneId): PaneSize {
  return useStore(layoutStore, (state) => state[pane]);
}

/** Every pane's size, for the layout that places them. */
export function usePaneLayout(): PaneLayout {
  return useStore(layoutStore);
}

/** The pane's size now, for event handlers. */
export function paneSizeNow(pane: PaneId): PaneSize {
  return layoutStore.getState()[pane];
}

/** Resizes a pane (within its limits) and opens it if it was collapsed; remembered. */
export function resizePane(pane: PaneId, size: number): void {
  update(pane, { size: clampPaneSize(pane, size), collapsed: false });
}

/** Collapses or opens a pane, keeping its size for when it opens again; remembered. */
export function setPaneCollapsed(pane: PaneId, collapsed: boolean): void {
  update(pane, { collapsed });
}
