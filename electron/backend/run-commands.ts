import { IpcError } from '../../shared/ipc';
import type { RunService } from '../run-service/run-service';
import { ControlError } from '../simulator/control/control-types';
import type { NamespaceHandlers } from './command-handlers';
import type { NotificationHub } from './notification-hub';

/**
 * Sends every update of every run to the UIs as `run.update`. Returns the unsubscribe function.
 * The service's updates are the runner's own objects; the hub's carriers parse them on the way.
 */
export function forwardRunUpdates(service: RunService, notifications: NotificationHub): () => void {
  return service.onNotice(({ runId, update }) =>
    notifications.emit('run.update', { runId, update }),
  );
}

/** The run the UI names; a run that has ended is `not-found`, which the toolbar shrugs off. */
function runOf(service: RunService, runId: string) {
  try {
    return service.get(runId);
  } catch (error) {
    throw new IpcError('not-found', (error as Error).message);
  }
}

/** The `run.*` commands: start and steer runs on the Simulator profile. */
export function runCommands(service: RunService): NamespaceHandlers<'run'> {
  return {
    'run.start': async ({ flow, breakpoints, startPaused }) => ({
      runId: await service.start({
        flow,
        ...(breakpoints && { breakpoints }),
        ...(startPaused && { startPaused }),
      }),
      profile: 'Simulator',
    }),
    'run.pause': async ({ runId }) => (runOf(service, runId).pause(), {}),
    'run.step': async ({ runId }) => (runOf(service, runId).step(), {}),
    'run.continue': async ({ runId }) => (runOf(service, runId).continue(), {}),
    'run.stop': async ({ runId }) => {
      await runOf(service, runId).stop('Stopped from the run toolbar.');
      return {};
    },
    'run.setBreakpoints': async ({ runId, nodeIds }) => (
      runOf(service, runId).setBreakpoints(nodeIds),
      {}
    ),
  };
}

/**
 * Runs a virtual-phone action. The simulator says 404/409/400 when a leg is gone or in the wrong
 * state (answering a call that just stopped ringing); that is the user's race, not our bug.
 */
async function control<T>(action: () => T): Promise<T> {
  try {
    return action();
  } catch (error) {
    if (error instanceof ControlError) {
      throw new IpcError(error.status === 404 ? 'not-found' : 'bad-request', error.message);
    }
    throw error;
  }
}

/** The `phone.*` commands: the virtual phone, the far end of the simulator's legs. */
export function phoneCommands(service: RunService): NamespaceHandlers<'phone'> {
  const phone = () => service.phone();
  return {
    'phone.listLegs': async ({ live }) => ({ legs: (await phone()).listLegs({ live }) }),
    'phone.answer': async ({ legSid }) => {
      const sim = await phone();
      return { leg: await control(() => sim.answer(legSid)) };
    },
    'phone.reject': async ({ legSid }) => {
      const sim = await phone();
      return { leg: await control(() => sim.reject(legSid)) };
    },
    'phone.hangUp': async ({ legSid }) => {
      const sim = await phone();
      return { leg: await control(() => sim.hangUp(legSid)) };
    },
    'phone.pressDigits': async ({ legSid, digits }) => {
      const sim = await phone();
      const { pressed, heard } = await control(() => sim.pressDigits(legSid, digits));
      return { pressed, heard };
    },
    'phone.callIn': async ({ from, exophone }) => {
      const sim = await phone();
      return { leg: await control(() => sim.placeIncomingCall({ from, exophone })) };
    },
    'phone.phonebook': async () => ({
      entries: (await phone()).phonebook().map((entry) => ({
        number: entry.number,
        ...(entry.name !== undefined && { name: entry.name }),
        behaviour: entry.persona.behaviour,
      })),
    }),
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
