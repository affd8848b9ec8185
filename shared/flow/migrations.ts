import { CURRENT_FLOW_VERSION } from './flow-document';

/** Turns a version-N document into version N+1. Works on plain JSON, before schema checks. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` upgrades version n to n+1. Version 1 is the first released format, so the
 * table is empty; the next format change adds `MIGRATIONS[1]` and bumps CURRENT_FLOW_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export class FlowVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlowVersionError';
  }
}

/**
 * Brings a document of any known older version up to `target`, one step at a time.
 * A newer version than this build knows, or a gap in the table, is an error, never a guess.
 */
export function migrateFlow(
  document: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_FLOW_VERSION,
): Record<string, unknown> {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FlowVersionError(
      `"version" must be a whole number from 1 up, not ${JSON.stringify(version)}.`,
    );
  }
  if (version > target) {
    throw new FlowVersionError(
      `This flow is format version ${version}, made by a newer Legflow Studio; this one reads up to version ${target}. Update the app to open it.`,
    );
  }
  let current = document;
  for (let from = version; from < target; from++) {
    const step = migrations[from];
    if (!step)
      throw new FlowVersionError(`No migration from flow format version ${from} to ${from + 1}.`);
    current = { ...step(current), version: from + 1 };
  }
  return current;
}
