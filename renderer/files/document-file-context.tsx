import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { useDesigner } from '../store/designer-context';
import type { DocumentFileStore } from './document-file-store';

const DocumentFileContext = createContext<StoreApi<DocumentFileStore> | null>(null);

export function DocumentFileProvider(props: {
  store: StoreApi<DocumentFileStore>;
  children: ReactNode;
}) {
  return (
    <DocumentFileContext.Provider value={props.store}>
      {props.children}
    </DocumentFileContext.Provider>
  );
}

/** The store itself, for reading inside event handlers without subscribing. */
export function useDocumentFileApi(): StoreApi<DocumentFileStore> {
  const store = useContext(DocumentFileContext);
  if (!store) throw new Error('useDocumentFile must be used inside <DocumentFileProvider>');
  return store;
}

/** Selects from the window's document-file store. */
export function useDocumentFile<T>(selector: (state: DocumentFileStore) => T): T {
  return useStore(useDocumentFileApi(), selector);
}

/** Whether the flow has changes that are not on disk. */
export function useHasUnsavedChanges(): boolean {
  const flow = useDesigner((state) => state.flow);
  return useDocumentFile((state) => state.savedFlow) !== flow;
}
