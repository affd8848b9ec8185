import { COMMAND_NAMES } from './contract';
import type {
  CommandName,
  CommandNamespace,
  CommandReply,
  CommandRequest,
  VerbOf,
} from './contract';

/** A command's arguments: none needed when its request may be undefined. */
type ArgsOf<N extends CommandName> =
  undefined extends CommandRequest<N>
    ? [request?: CommandRequest<N>]
    : [request: CommandRequest<N>];

/**
 * The contract as the UI calls it: `backend.files.open({ path })` sends `files.open` and
 * resolves with its parsed reply, or rejects with an `IpcError`.
 */
export type BackendApi = {
  [Namespace in CommandNamespace]: {
    [N in CommandName as VerbOf<N, Namespace>]: (...args: ArgsOf<N>) => Promise<CommandReply<N>>;
  };
};

/**
 * Builds a `namespace.verb` shaped object with one function per command, made by `make`.
 * The preload and the UI's client both build their API this way, so neither lists commands.
 */
export function groupByNamespace<F>(
  make: (name: CommandName) => F,
): Record<string, Record<string, F>> {
  const api: Record<string, Record<string, F>> = {};
  for (const name of COMMAND_NAMES) {
    const dot = name.indexOf('.');
    const namespace = name.slice(0, dot);
    (api[namespace] ??= {})[name.slice(dot + 1)] = make(name);
  }
  return api;
}
