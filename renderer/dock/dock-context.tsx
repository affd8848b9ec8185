import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { setPaneCollapsed } from '../layout/pane-layout-store';

export interface DockState {
  /** The tab shown, by id; null until one is chosen (the dock then shows its first). */
  activeId: string | null;
}

export interface DockActions {
  choose(tabId: string): void;
  /** Opens the dock or collapses it to its tab strip; remembered with the panes' sizes. */
  setOpen(open: boolean): void;
  /** Brings a tab to the front and opens the dock, as when a dialog's "Show them" points at it. */
  show(tabId: string): void;
}

export type DockStore = DockState & DockActions;

function createDockStore(): StoreApi<DockStore> {
  return createStore<DockStore>()((set) => ({
    activeId: null,
    choose: (activeId) => set({ activeId }),
    // Whether the dock is open belongs to the app's pane layout, with its height.
    setOpen: (open) => setPaneCollapsed('dock', !open),
    show: (activeId) => {
      set({ activeId });
      setPaneCollapsed('dock', false);
    },
  }));
}

const DockStoreContext = createContext<StoreApi<DockStore> | null>(null);

/** Gives the dock, and whatever needs to turn it to a tab, one shared state per window. */
export function DockProvider(props: { children: ReactNode }) {
  const [store] = useState(createDockStore);
  return <DockStoreContext.Provider value={store}>{props.children}</DockStoreContext.Provider>;
}

// Stands in when no provider is given (a dock rendered alone): a state of its own, unshared.
const UNSHARED = createDockStore();

/** The dock's state, for actions inside event handlers. */
export function useDockStoreApi(): StoreApi<DockStore> {
  return useContext(DockStoreContext) ?? UNSHARED;
}

/** Selects from the dock's state. */
export function useDock<T>(selector: (state: DockStore) => T): T {
  return useStore(useDockStoreApi(), selector);
}
