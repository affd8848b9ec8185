import { COMMANDS, IpcError } from '../../../shared/ipc';
import type { CommandName, CommandReply, CommandRequest } from '../../../shared/ipc';
import type { Backend } from '../../../electron/backend';

/** Runs a command the way the UI's client does: a typed, parsed reply, or an IpcError thrown. */
export async function call<N extends CommandName>(
  backend: Backend,
  name: N,
  request: CommandRequest<N>,
): Promise<CommandReply<N>> {
  const result = await backend.dispatch(name, request);
  if (!result.ok) throw IpcError.fromFailure(result.error);
  return COMMANDS[name].reply.parse(result.value) as CommandReply<N>;
}
