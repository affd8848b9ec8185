import { IpcError } from '../../shared/ipc';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { RunRefusal } from '../run-service/run-refusal';
import type { RunService } from '../run-service/run-service';
import type { NamespaceHandlers } from './command-handlers';
import type { NotificationHub } from './notification-hub';
import { forwardPaceChanges, paceCommands } from './pace-commands';

/**
 * Sends every update of every run to every UI as `run.update`, whichever window started the run,
 * and each change of the Simulator's pace as `pace.changed`. Returns the unsubscribe function.
 * The service's updates are the runner's own objects; the hub's carriers parse them on the way.
 */
export function forwardRunUpdates(service: RunService, notifications: NotificationHub): () => void {
  const stopUpdates = service.onNotice(({ runId, update, seq }) =>
    notifications.emit('run.update', { runId, update, seq }),
  );
  const stopPace = forwardPaceChanges(service, notifications);
  return () => {
    stopUpdates();
    stopPace();
  };
}

/** The run the UI names; a run that has ended is `not-found`, which the toolbar shrugs off. */
function runOf(service: RunService, runId: string) {
  try {
    return service.get(runId);
  } catch (error) {
    throw new IpcError('not-found', (error as Error).message);
  }
}

/** A refusal is the user's to fix: an unknown profile is `not-found`, the rest `bad-request`. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RunRefusal)) throw error;
    throw new IpcError(
      error.reason === 'unknown-profile' ? 'not-found' : 'bad-request',
      error.message,
    );
  }
}

/**
 * The `run.*` commands: plan, start and steer runs on the Simulator or a live profile. Any
 * window may steer any run (`run.active` lists them): runs are the backend's, not a window's.
 * The `pace.*` commands (pace-commands.ts) come with them: they steer the same runs.
 */
export function runCommands(
  service: RunService,
): NamespaceHandlers<'run'> & NamespaceHandlers<'pace'> {
  return {
    ...paceCommands(service),
    'run.plan': ({ flow, profile }) => refusing(() => service.plan(flow, profile)),
    'run.start': ({ flow, breakpoints, startPaused, profile, confirmedNumbers, path }) =>
      refusing(async () => ({
        runId: await service.start({
          flow,
          ...(breakpoints && { breakpoints }),
          ...(startPaused && { startPaused }),
          ...(profile !== undefined && { profile }),
          ...(confirmedNumbers && { confirmedNumbers }),
          ...(path !== undefined && { path }),
        }),
        profile: profile ?? SIMULATOR_PROFILE,
      })),
    'run.active': async () => ({ runs: service.active() }),
    'run.pause': async ({ runId }) => (runOf(service, runId).pause(), {}),
    'run.step': async ({ runId }) => (runOf(service, runId).step(), {}),
    'run.continue': async ({ runId }) => (runOf(service, runId).continue(), {}),
    'run.stop': async ({ runId }) => {
      await runOf(service, runId).stop('Stopped from the run toolbar.');
      return {};
    },
    'run.setBreakpoints': async ({ runId, nodeIds }) => {
      runOf(service, runId); // a run that has ended is `not-found`
      // Through the service, which keeps them for windows that attach to the run later.
      service.setBreakpoints(runId, nodeIds);
      return {};
    },
  };
}

/** The `history.*` commands: the kept runs, for the History panel and replay. */
export function historyCommands(service: RunService): NamespaceHandlers<'history'> {
  return {
    'history.list': async () => ({ runs: await service.history() }),
    'history.read': async ({ runId }) => {
      const recorded = await service.recorded(runId);
      if (!recorded) throw new IpcError('not-found', `There is no kept run ${runId}.`);
      return recorded;
    },
  };
}
