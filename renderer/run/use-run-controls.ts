import { useMemo } from 'react';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useRunStoreApi } from './run-context';

/** What the run toolbar, its keys and the breakpoint dots can do. */
export interface RunControls {
  /** Starts a run, or continues a paused one (F5). */
  runOrContinue(): Promise<void>;
  /** Runs one node; with no run going, starts one paused before its first node (F10). */
  step(): Promise<void>;
  pause(): Promise<void>;
  stop(): Promise<void>;
  /** Toggles a breakpoint, and tells the run that is going (F9, the node's dot). */
  toggleBreakpoint(nodeId: string): Promise<void>;
}

/**
 * The run commands, wired to the backend and this window's stores. Failures are told on the
 * canvas's notice line: a run that ended meanwhile is not worth more than a sentence.
 */
export function useRunControls(): RunControls {
  const backend = useBackend();
  const runs = useRunStoreApi();
  const designer = useDesignerStoreApi();

  return useMemo(() => {
    const tell = (error: unknown) =>
      designer.getState().notify((error as Error).message, 'refusal');
    const going = () => {
      const { live } = runs.getState();
      return live.runId && (live.phase === 'running' || live.phase === 'paused')
        ? live.runId
        : null;
    };
    const start = async (startPaused: boolean) => {
      const state = runs.getState();
      state.begin();
      try {
        const { runId } = await backend.run.start({
          flow: designer.getState().flow,
          breakpoints: [...state.breakpoints],
          ...(startPaused && { startPaused }),
        });
        runs.getState().adopt(runId);
      } catch (error) {
        runs.getState().abandon();
        tell(error);
      }
    };
    const onRun = async (command: (runId: string) => Promise<unknown>) => {
      const runId = going();
      if (runId) await command(runId).catch(tell);
    };
    return {
      async runOrContinue() {
        const { live } = runs.getState();
        if (live.phase === 'paused') return onRun((runId) => backend.run.continue({ runId }));
        if (live.phase === 'starting' || going()) return;
        await start(false);
      },
      async step() {
        const { live } = runs.getState();
        if (live.phase === 'paused') return onRun((runId) => backend.run.step({ runId }));
        if (live.phase === 'starting' || going()) return;
        await start(true);
      },
      pause: () => onRun((runId) => backend.run.pause({ runId })),
      stop: () => onRun((runId) => backend.run.stop({ runId })),
      async toggleBreakpoint(nodeId) {
        const nodeIds = runs.getState().toggleBreakpoint(nodeId);
        await onRun((runId) => backend.run.setBreakpoints({ runId, nodeIds: [...nodeIds] }));
      },
    };
  }, [backend, runs, designer]);
}
