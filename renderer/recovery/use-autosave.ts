import { useEffect, useState } from 'react';
import { AUTOSAVE_QUIET_AFTER_MS } from '../../shared/ipc';
import { useDocumentFileApi } from '../files/document-file-context';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { createAutosaver } from './autosaver';
import type { Autosaver } from './autosaver';

/**
 * How long this window may go unheard before its autosave counts as left behind. A hidden tab's
 * timers may fire only once a minute, so it asks for minutes rather than seconds. It is asked
 * at each heartbeat rather than when the tab is hidden: a closing tab is hidden too, a moment
 * before it goes, and must not keep its flow from the next tab for minutes.
 */
function quietAfterMs(): number {
  return document.hidden ? AUTOSAVE_QUIET_AFTER_MS.hidden : AUTOSAVE_QUIET_AFTER_MS.visible;
}

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
      heartbeat: (beat) => backend.autosave.heartbeat(beat),
      discard: (key) => backend.autosave.discard({ key }),
      quietAfterMs,
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
