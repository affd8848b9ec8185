import { readFileSync } from 'node:fs';
import { loadFlow } from '../../../shared/flow';
import type { FlowDocument } from '../../../shared/flow';
import { Runner } from '../../../electron/runner';
import type { FlowRun, RunOptions, RunUpdate } from '../../../electron/runner';
import type { FakePlatform } from './fake-platform';

export function example(name: string): FlowDocument {
  return loadFlow(readFileSync(`assets/examples/${name}.legflow.json`, 'utf8'));
}

/** Starts a run on the fake platform and records its updates. */
export function startRun(
  platform: FakePlatform,
  flow: FlowDocument,
  options: Partial<RunOptions> = {},
) {
  const run = new Runner(platform).create({ flow, ...options });
  const updates: RunUpdate[] = [];
  run.onUpdate((update) => updates.push(update));
  run.start();
  return { run, updates };
}

/** Polls until `condition` holds; real time, since the fake platform answers on setImmediate. */
export async function until(
  what: string,
  condition: () => boolean,
  timeoutMs = 2000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Lets whatever is already due run: a number of event-loop turns, no time. The fake platform
 * answers on setImmediate and the fake clock moves only when told, so nothing can be missed by
 * a busy machine, and a check that nothing happened yet cannot pass by luck of timing.
 */
export async function drainTurns(turns = 20): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve));
}

export function pausedAt(run: FlowRun): string | null {
  return run.pausedAt;
}

export function ports(updates: RunUpdate[]): string[] {
  return updates.flatMap((update) =>
    update.type === 'node-left' ? [`${update.nodeId}:${update.port}`] : [],
  );
}
