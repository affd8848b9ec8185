import type { RunLogWriter } from '../storage/run-log-writer';
import type { LegEventListener } from './event-listener';
import type { ListenerLogger } from './listener-logger';

/**
 * Writes every event of `runId` to the run's log as it is delivered. Returns the function that
 * stops it; close the writer after that. A failed write is logged, never thrown at the run:
 * losing a log line must not end a live call.
 */
export function recordRunEvents(
  listener: Pick<LegEventListener, 'subscribe'>,
  runId: string,
  log: RunLogWriter,
  logger: ListenerLogger,
): () => void {
  return listener.subscribe({ runId }, (event, info) =>
    log.appendEvent(event, info.receivedAt).catch((error: unknown) => {
      logger.error(`Could not write an event to the run log ${log.path}`, {
        event_sid: event.event_sid,
        error: error instanceof Error ? error.message : String(error),
      });
    }),
  );
}
