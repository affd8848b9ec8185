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

export function pausedAt(run: FlowRun): string | null {
  return run.pausedAt;
}

export function ports(updates: RunUpdate[]): string[] {
  return updates.flatMap((update) =>
    update.type === 'node-left' ? [`${update.nodeId}:${update.port}`] : [],
  );
}
