import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { DesignerStore } from './designer-store';

const DesignerStoreContext = createContext<StoreApi<DesignerStore> | null>(null);

/** Makes one designer store available to everything below it. */
export function DesignerStoreProvider(props: {
  store: StoreApi<DesignerStore>;
  children: ReactNode;
}) {
  return (
    <DesignerStoreContext.Provider value={props.store}>
      {props.children}
    </DesignerStoreContext.Provider>
  );
}

/**
 * Selects from the nearest designer store and re-renders when the selection changes. Wrap the
 * selector in `useShallow` when it returns a new object or array.
 */
export function useDesigner<T>(selector: (state: DesignerStore) => T): T {
  return useStore(useDesignerStoreApi(), selector);
}

/** The store itself, for reading state inside event handlers without subscribing. */
export function useDesignerStoreApi(): StoreApi<DesignerStore> {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesigner must be used inside <DesignerStoreProvider>');
  return store;
}
