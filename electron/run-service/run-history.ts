import { readdir } from 'node:fs/promises';
import { runLogPath } from '../storage/run-log';
import { readRunLog } from '../storage/run-log-reader';
import type { RunUpdate } from '../runner';

/** One past run, as the history list shows it. */
export interface RunSummary {
  runId: string;
  flow: string;
  profile: string;
  status: string;
  reason: string;
  /** ISO time the run started. */
  startedAt: string;
  durationMs: number;
}

/** A past run read back for replay: its flow and every update in order. */
export interface RecordedRun {
  summary: RunSummary;
  flow: unknown;
  updates: RunUpdate[];
}

/**
 * Reads one run's log into what replay needs; a run cut short by a crash still reads. Only a
 * log in `folder` is read: a run id that is not one (`../…`, an absolute path) throws.
 */
export async function readRecordedRun(folder: string, runId: string): Promise<RecordedRun | null> {
  const contents = await readRunLog(runLogPath(folder, runId)).catch(() => null);
  if (!contents) return null;
  let header: Record<string, unknown> | undefined;
  const updates: RunUpdate[] = [];
  for (const entry of contents.entries) {
    if (entry.type === 'run') header = entry as Record<string, unknown>;
    if (entry.type === 'update') updates.push((entry as unknown as { update: RunUpdate }).update);
  }
  if (!header) return null;
  const finished = updates.findLast((update) => update.type === 'finished');
  const first = updates[0]?.at ?? 0;
  const last = updates.at(-1)?.at ?? first;
  return {
    summary: {
      runId,
      flow: String((header.flow as { name?: string } | undefined)?.name ?? ''),
      profile: String(header.profile ?? ''),
      status: finished?.type === 'finished' ? finished.status : 'interrupted',
      reason:
        finished?.type === 'finished' ? finished.reason : 'The app stopped before the run ended.',
      startedAt: String(header.at),
      durationMs: last - first,
    },
    flow: header.flow,
    updates,
  };
}

/** Every run kept in the folder, newest first. */
export async function listRuns(folder: string): Promise<RunSummary[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const runs = await Promise.all(
    names
      .filter((name) => name.endsWith('.jsonl'))
      // A stray file whose name is not a run id is not a run: skip it, keep the rest.
      .map((name) => readRecordedRun(folder, name.slice(0, -6)).catch(() => null)),
  );
  return runs
    .flatMap((run) => (run ? [run.summary] : []))
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
}
