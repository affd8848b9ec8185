import { useMemo } from 'react';
import type { FlowDocument } from '../../shared/flow';
import type { RunPlan } from '../../shared/ipc';
import { useShowDialog } from '../files/dialog-host';
import { useDocumentFileApi } from '../files/document-file-context';
import { useBackend } from '../ipc/backend-context';
import { problemsOf } from '../problems/problems-of';
import { useShowProblems } from '../problems/use-show-problems';
import { useDesignerStoreApi } from '../store/designer-context';
import { askLiveConsent } from './live-run-consent';
import { notePauseRequested } from './pause-request';
import { useRunStoreApi } from './run-context';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useProfileChoiceApi } from './run-profile-choice';
import { askRunWithProblems } from './run-with-problems';

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
 * The run commands, wired to the backend and this window's stores. A flow with errors asks
 * first: run anyway, or show the problems. A run on a live profile is planned first and starts
 * only once the person agrees to the numbers it will dial. Failures are told on the canvas's
 * notice line: a run that ended meanwhile is not worth more than a sentence.
 */
export function useRunControls(): RunControls {
  const backend = useBackend();
  const runs = useRunStoreApi();
  const designer = useDesignerStoreApi();
  const choice = useProfileChoiceApi();
  const show = useShowDialog();
  const showProblems = useShowProblems();
  const documentFile = useDocumentFileApi();

  return useMemo(() => {
    const tell = (error: unknown) =>
      designer.getState().notify((error as Error).message, 'refusal');
    // Set from pressing Run until the person has answered what a run asks first.
    let asking = false;
    const going = () => {
      const { live } = runs.getState();
      return live.runId && (live.phase === 'running' || live.phase === 'paused')
        ? live.runId
        : null;
    };
    /**
     * On a live profile: the plan, then the person's answer. Resolves with the numbers they
     * agreed to, or null when they cancelled (or the plan failed, which is told).
     */
    const consent = async (flow: FlowDocument, profile: string): Promise<string[] | null> => {
      let plan: RunPlan;
      choice.getState().setChecking(true);
      try {
        plan = await backend.run.plan({ flow, profile });
      } catch (error) {
        tell(error);
        return null;
      } finally {
        choice.getState().setChecking(false);
      }
      if (!(await askLiveConsent(show, plan, flow))) return null;
      return plan.numbers.map((call) => call.number);
    };
    /** With errors in the flow: true only when the person chose to run anyway. */
    const runDespiteProblems = async (flow: FlowDocument): Promise<boolean> => {
      const errors = problemsOf(flow).filter((problem) => problem.severity === 'error');
      if (errors.length === 0) return true;
      const answer = await askRunWithProblems(show, errors);
      if (answer === 'show') showProblems(errors);
      return answer === 'run';
    };
    /** What to ask before a run; the numbers agreed to (none on the Simulator), or null. */
    const ask = async (flow: FlowDocument, profile: string): Promise<string[] | null> => {
      if (!(await runDespiteProblems(flow))) return null;
      return profile === SIMULATOR_PROFILE ? [] : consent(flow, profile);
    };
    const start = async (startPaused: boolean) => {
      // A second F5 while the plan is checked or a dialog is up must not ask twice.
      if (asking) return;
      const { profile } = choice.getState();
      // The flow the person agreed to is the flow that runs.
      const flow = designer.getState().flow;
      asking = true;
      const confirmedNumbers = await ask(flow, profile).finally(() => (asking = false));
      if (!confirmedNumbers) return;
      const state = runs.getState();
      state.begin();
      // Where the flow is saved: a window that attaches to the run later opens that file.
      const { path } = documentFile.getState();
      try {
        const { runId } = await backend.run.start({
          flow,
          ...(path !== null && { path }),
          breakpoints: [...state.breakpoints],
          ...(startPaused && { startPaused }),
          ...(profile !== SIMULATOR_PROFILE && { profile, confirmedNumbers }),
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
      pause: () =>
        onRun((runId) => {
          // Said at once: the run pauses only before its next node, which may be a while.
          const forget = notePauseRequested(runs, runId);
          return backend.run.pause({ runId }).catch((error: unknown) => {
            forget();
            throw error;
          });
        }),
      stop: () => onRun((runId) => backend.run.stop({ runId })),
      async toggleBreakpoint(nodeId) {
        const nodeIds = runs.getState().toggleBreakpoint(nodeId);
        await onRun((runId) => backend.run.setBreakpoints({ runId, nodeIds: [...nodeIds] }));
      },
    };
  }, [backend, runs, designer, choice, show, showProblems, documentFile]);
}
