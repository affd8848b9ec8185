import { expect } from 'vitest';
import { RunRefusal } from '../../../electron/run-service/run-refusal';
import type { RunService } from '../../../electron/run-service/run-service';
import { until } from '../runner/run-helpers';

/** Waits until the service no longer knows the run: it has ended and let go of its target. */
export async function runEnded(service: RunService, runId: string): Promise<void> {
  await until('the run to end', () => {
    try {
      service.get(runId);
      return false;
    } catch {
      return true;
    }
  });
}

/** Starts a run paused before its first node (nothing is dialled), then stops it. */
export async function runAndStop(
  service: RunService,
  request: Parameters<RunService['start']>[0],
): Promise<string> {
  const runId = await service.start({ ...request, startPaused: true });
  await service.get(runId).stop('test over');
  await runEnded(service, runId);
  return runId;
}

/** The refusal the work ends in; the test fails if it ends any other way. */
export async function refusal(work: Promise<unknown>): Promise<RunRefusal> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RunRefusal);
  return error as RunRefusal;
}
