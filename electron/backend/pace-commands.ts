import { IpcError } from '../../shared/ipc';
import { PaceRefusal } from '../run-service/simulator-pace';
import type { RunService } from '../run-service/run-service';
import type { NamespaceHandlers } from './command-handlers';
import type { NotificationHub } from './notification-hub';

/** A pace that cannot change is the user's to understand, not a bug: `bad-request`. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PaceRefusal) throw new IpcError('bad-request', error.message);
    throw error;
  }
}

/**
 * The `pace.*` commands: the Simulator's speed (the run toolbar's, mid-run too) and "Skip this
 * wait". A run that has ended is `not-found`, which the toolbar shrugs off.
 */
export function paceCommands(service: RunService): NamespaceHandlers<'pace'> {
  return {
    'pace.get': () => service.pace.state(),
    'pace.setSpeed': ({ speed }) => refusing(() => service.pace.setSpeed(speed)),
    'pace.skipWait': async ({ runId }) => {
      try {
        service.get(runId);
      } catch (error) {
        throw new IpcError('not-found', (error as Error).message);
      }
      return service.skipWait(runId);
    },
  };
}

/** Tells every window of each change of speed, whichever window (or Settings) made it. */
export function forwardPaceChanges(
  service: RunService,
  notifications: NotificationHub,
): () => void {
  return service.pace.onChanged((state) => notifications.emit('pace.changed', state));
}
