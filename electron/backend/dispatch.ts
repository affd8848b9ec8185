import type { z } from 'zod';
import { COMMANDS } from '../../shared/ipc';
import type { CommandSpec, WireResult } from '../../shared/ipc';
import type { CommandHandlers } from './command-handlers';
import { isUnexpected, toFailure } from './failure';

/** Where the backend reports its own bugs (a handler that threw something unexpected). */
export type BugReporter = (command: string, error: unknown) => void;

/** Commands by name, each with its schemas: the contract's COMMANDS, the shell's own... */
export type CommandSpecs = Readonly<Record<string, CommandSpec>>;

/**
 * A handler for every command of `Specs`, given its parsed request and what the carrier adds
 * (`Context`: nothing for the backend, the asking window's event for the desktop shell).
 */
export type HandlersOf<Specs extends CommandSpecs, Context extends unknown[]> = {
  readonly [N in keyof Specs]: (request: never, ...context: Context) => Promise<unknown>;
};

/** One set of commands and who answers them. */
export interface CommandSet<Specs extends CommandSpecs, Context extends unknown[]> {
  /** Who answers, as failures name it: "Legflow's backend", "The desktop app". */
  answerer: string;
  specs: Specs;
  handlers: HandlersOf<Specs, Context>;
  reportBug: BugReporter;
}

/**
 * Runs one command of `set`, whichever carrier brought it: checks the name, parses the request
 * with the command's schema, calls its handler, and parses the reply on the way out so a
 * handler bug shows here rather than in the UI. Never throws; every outcome is a WireResult.
 */
export async function dispatchTo<Specs extends CommandSpecs, Context extends unknown[]>(
  set: CommandSet<Specs, Context>,
  command: string,
  payload: unknown,
  ...context: Context
): Promise<WireResult> {
  const { answerer, specs, handlers, reportBug } = set;
  const spec = Object.hasOwn(specs, command) ? specs[command] : undefined;
  if (!spec) return failure('unknown-command', `${answerer} has no command "${command}".`);
  const request = spec.request.safeParse(payload);
  if (!request.success) {
    return failure(
      'bad-request',
      `The request for ${command} is not valid.`,
      describeIssues(request.error),
    );
  }
  try {
    // Each handler is typed against its own command; the map lookup loses that pairing.
    const handler = (handlers as Readonly<Record<string, unknown>>)[command] as (
      request: unknown,
      ...context: Context
    ) => Promise<unknown>;
    const reply = spec.reply.safeParse(await handler(request.data, ...context));
    if (!reply.success) {
      reportBug(command, reply.error);
      return failure('internal', `${answerer} gave a malformed reply to ${command}.`);
    }
    return { ok: true, value: reply.data };
  } catch (error) {
    const result = toFailure(error);
    if (isUnexpected(result)) reportBug(command, error);
    return { ok: false, error: result };
  }
}

/** Runs one of the backend's commands for a UI (see dispatchTo). */
export function dispatchCommand(
  handlers: CommandHandlers,
  command: string,
  payload: unknown,
  reportBug: BugReporter,
): Promise<WireResult> {
  const set = { answerer: "Legflow's backend", specs: COMMANDS, handlers, reportBug };
  return dispatchTo(set, command, payload);
}

function failure(
  code: 'unknown-command' | 'bad-request' | 'internal',
  message: string,
  problems?: string[],
): WireResult {
  return { ok: false, error: { code, message, ...(problems ? { problems } : {}) } };
}

/** `flow.nodes[2].label: expected string` lines, one per issue. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) =>
      typeof key === 'number' ? `[${key}]` : `.${String(key)}`,
    );
    const where = path.join('').replace(/^\./, '');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
