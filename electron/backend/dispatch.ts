import type { z } from 'zod';
import { COMMANDS, isCommandName } from '../../shared/ipc';
import type { WireResult } from '../../shared/ipc';
import type { CommandHandlers } from './command-handlers';
import { isUnexpected, toFailure } from './failure';

/** Where the backend reports its own bugs (a handler that threw something unexpected). */
export type BugReporter = (command: string, error: unknown) => void;

/**
 * Runs one command for a UI, whichever carrier brought it: checks the name, parses the request
 * with the command's schema, calls its handler, and parses the reply on the way out so a
 * handler bug shows here rather than in the UI. Never throws; every outcome is a WireResult.
 */
export async function dispatchCommand(
  handlers: CommandHandlers,
  command: string,
  payload: unknown,
  reportBug: BugReporter,
): Promise<WireResult> {
  if (!isCommandName(command)) {
    return failure('unknown-command', `Legflow's backend has no command "${command}".`);
  }
  const spec = COMMANDS[command];
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
    const handler = handlers[command] as (request: unknown) => Promise<unknown>;
    const reply = spec.reply.safeParse(await handler(request.data));
    if (!reply.success) {
      reportBug(command, reply.error);
      return failure('internal', `Legflow's backend gave a malformed reply to ${command}.`);
    }
    return { ok: true, value: reply.data };
  } catch (error) {
    const result = toFailure(error);
    if (isUnexpected(result)) reportBug(command, error);
    return { ok: false, error: result };
  }
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
