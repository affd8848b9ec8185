import type { CommandName, ParsedRequest, ReplyInput } from '../../shared/ipc';

/** What implements one command: its parsed request in, its reply out (parsed again on the way). */
export type CommandHandler<N extends CommandName> = (
  request: ParsedRequest<N>,
) => Promise<ReplyInput<N>>;

/** A handler for every command of the contract; a command without one does not compile. */
export type CommandHandlers = { [N in CommandName]: CommandHandler<N> };

/** The handlers of one namespace (`files`), which one module of the backend provides. */
export type NamespaceHandlers<Namespace extends string> = {
  [N in CommandName as N extends `${Namespace}.${string}` ? N : never]: CommandHandler<N>;
};
