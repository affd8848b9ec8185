import { readFile } from 'node:fs/promises';
import { runLogEntrySchema } from './run-log';
import type { RunLogEntry } from './run-log';

/** A line the reader could not use, and why. Lines count from 1. */
export interface SkippedLine {
  line: number;
  reason: string;
}

/** What a run log holds. */
export interface RunLogContents {
  entries: RunLogEntry[];
  /** The last line, cut short by a crash while it was written; it is not in `entries`. */
  tornLastLine?: SkippedLine;
  /** Other lines that are not valid entries; kept out of `entries` so the rest stays readable. */
  skipped: SkippedLine[];
}

/**
 * Reads a run log back. A log outlives the app that wrote it (a crash, an older version), so
 * bad lines are reported and skipped rather than making the whole run unreadable.
 */
export async function readRunLog(path: string): Promise<RunLogContents> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  // The writer ends every line with a newline, so anything after the last one is a torn write.
  const unterminated = lines.pop() ?? '';
  const contents: RunLogContents = { entries: [], skipped: [] };
  lines.forEach((text, index) => {
    const result = parseLine(text);
    if (result === undefined) return;
    if (typeof result === 'string') contents.skipped.push({ line: index + 1, reason: result });
    else contents.entries.push(result);
  });
  if (unterminated.trim() !== '') {
    const result = parseLine(unterminated);
    // A last line that happens to be complete lost only its newline: keep it.
    if (typeof result === 'object') contents.entries.push(result);
    else {
      const reason = `the last line was cut short (${result ?? 'empty'}), probably by a crash`;
      contents.tornLastLine = { line: lines.length + 1, reason };
    }
  }
  return contents;
}

/** An entry, a reason it is not one, or undefined for a blank line. */
function parseLine(text: string): RunLogEntry | string | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const parsed = runLogEntrySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
