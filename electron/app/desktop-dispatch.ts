import { DESKTOP_COMMANDS } from '../../shared/ipc';
import type { DesktopCommandName, WireResult } from '../../shared/ipc';
import { describeIssues } from '../backend/dispatch';
import { isUnexpected, toFailure } from '../backend/failure';
import type { DesktopHandlers } from './desktop-commands';
import type { SenderEvent } from './ipc';

/**
 * Runs one of the shell's own commands for its window, the way the backend's dispatch runs
 * the backend's: the request parsed with the command's schema, the reply parsed on the way
 * out, every outcome a WireResult, never a throw.
 */
export async function dispatchDesktopCommand(
  handlers: DesktopHandlers,
  command: DesktopCommandName,
  payload: unknown,
  event: SenderEvent,
  reportBug: (command: string, error: unknown) => void,
): Promise<WireResult> {
  const spec = DESKTOP_COMMANDS[command];
  const request = spec.request.safeParse(payload);
  if (!request.success) {
    const message = `The request for ${command} is not valid.`;
    return {
      ok: false,
      error: { code: 'bad-request', message, problems: describeIssues(request.error) },
    };
  }
  try {
    // Each handler is typed against its own command; the map lookup loses that pairing.
    const handler = handlers[command] as (request: unknown, event: SenderEvent) => Promise<unknown>;
    const reply = spec.reply.safeParse(await handler(request.data, event));
    if (!reply.success) {
      reportBug(command, reply.error);
      const message = `The desktop app gave a malformed reply to ${command}.`;
      return { ok: false, error: { code: 'internal', message } };
    }
    return { ok: true, value: reply.data };
  } catch (error) {
    const failure = toFailure(error);
    if (isUnexpected(failure)) reportBug(command, error);
    return { ok: false, error: failure };
  }
}
