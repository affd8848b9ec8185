import { useEffect, useState } from 'react';
import { useDocumentFileApi } from '../files/document-file-context';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { createAutosaver } from './autosaver';
import type { Autosaver } from './autosaver';

/**
 * Autosaves the window's flow while it has unsaved changes, and forgets the autosave once it is
 * saved (or its changes are given up). Returns the autosaver, for a restore to adopt its slot.
 */
export function useAutosave(): Autosaver {
  const backend = useBackend();
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const [autosaver] = useState(() =>
    createAutosaver({
      put: (snapshot) => backend.autosave.put(snapshot),
      discard: (key) => backend.autosave.discard({ key }),
      onError: (error) => console.warn('Autosave failed; the next edit tries again.', error),
    }),
  );

  useEffect(() => {
    const update = () => {
      const { flow } = designer.getState();
      const { path, savedFlow } = documentFile.getState();
      autosaver.update({ dirty: flow !== savedFlow, path, flow });
    };
    const unsubscribeDesigner = designer.subscribe((state, previous) => {
      if (state.flow !== previous.flow) update();
    });
    const unsubscribeFile = documentFile.subscribe(update);
    return () => {
      unsubscribeDesigner();
      unsubscribeFile();
    };
  }, [autosaver, designer, documentFile]);

  useEffect(() => () => autosaver.dispose(), [autosaver]);
  return autosaver;
}
