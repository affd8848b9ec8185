import { useCallback, useEffect, useRef } from 'react';
import type { FlowDocument } from '../../shared/flow';
import type { ActiveRun } from '../../shared/ipc';
import { useDocumentFileApi } from '../files/document-file-context';
import { useFileActions } from '../files/file-actions-context';
import { useBackend } from '../ipc/backend-context';
import { sameFlowGraph } from '../run-panels/same-flow-graph';
import { useDesignerStoreApi } from '../store/designer-context';
import { useRunStoreApi } from './run-context';

/**
 * Runs belong to the backend, not to the window that started them (DESIGN.md, "How a flow
 * runs"). This keeps the window's run store with them:
 * - when the window opens it attaches to the runs going on: the newest run of the flow open here
 *   is shown on the canvas; a window that shows nothing yet (an empty, untouched new flow, as a
 *   tab opened again does) opens the newest run's flow to show it; the rest are listed as going
 *   elsewhere;
 * - when another flow is opened, nothing of the last flow's run stays on the canvas.
 * Returns `openRun(runId)`: opens that run's flow (asking about unsaved changes) and shows it.
 */
export function useRunAttachment(): (runId: string) => Promise<void> {
  const backend = useBackend();
  const runs = useRunStoreApi();
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const files = useFileActions();
  /** Set once the window has attached: it attaches when it opens, not on every render. */
  const opened = useRef(false);

  useEffect(
    () =>
      designer.subscribe((state, previous) => {
        if (state.documentNumber !== previous.documentNumber) runs.getState().documentChanged();
      }),
    [designer, runs],
  );

  /** Puts the run's flow on the canvas unless it is there; false when the person declined. */
  const showFlowOf = useCallback(
    async (run: ActiveRun): Promise<boolean> => {
      if (sameFlowGraph(designer.getState().flow, run.flow)) return true;
      const fileHolds = (path: string, flow: FlowDocument) =>
        backend.files.open({ path }).then(
          (reply) => reply.status === 'opened' && sameFlowGraph(reply.flow, flow),
          () => false,
        );
      // The file it was run from, when that still holds the same graph; else a copy of it.
      if (run.path !== null && (await fileHolds(run.path, run.flow))) {
        return files.openPath(run.path);
      }
      return files.openCopy(run.flow, `opening the run of “${run.flow.name}”`);
    },
    [backend, designer, files],
  );

  /** The run a window shows when it opens: one of the flow open, else the newest if blank. */
  const runToShow = useCallback(
    (active: readonly ActiveRun[]): ActiveRun | undefined => {
      const { flow } = designer.getState();
      const newestFirst = [...active].reverse();
      const ofThisFlow = newestFirst.find((run) => sameFlowGraph(flow, run.flow));
      if (ofThisFlow) return ofThisFlow;
      const blank =
        flow === documentFile.getState().savedFlow &&
        flow.nodes.length === 0 &&
        flow.notes.length === 0;
      return blank ? newestFirst[0] : undefined;
    },
    [designer, documentFile],
  );

  const attach = useCallback(
    async (follow: string | null, cancelled: () => boolean = () => false) => {
      runs.getState().startAttaching();
      let active: ActiveRun[] | null = null;
      try {
        active = (await backend.run.active()).runs;
      } catch (error) {
        if (follow !== null) designer.getState().notify((error as Error).message, 'refusal');
      }
      if (cancelled()) return;
      if (!active) return runs.getState().attachFailed();
      const chosen =
        follow === null ? runToShow(active) : active.find((run) => run.runId === follow);
      if (follow !== null && !chosen) {
        designer.getState().notify('That run has ended; History has it.', 'info');
      }
      const shown = chosen && (await showFlowOf(chosen)) ? chosen.runId : null;
      if (cancelled()) return;
      runs.getState().attached(active, shown);
      opened.current = true;
    },
    [backend, designer, runs, runToShow, showFlowOf],
  );

  useEffect(() => {
    if (opened.current) return;
    // StrictMode mounts twice: the first attach is dropped, the second one counts.
    let stopped = false;
    void attach(null, () => stopped);
    return () => {
      stopped = true;
    };
  }, [attach]);

  return useCallback((runId: string) => attach(runId), [attach]);
}
