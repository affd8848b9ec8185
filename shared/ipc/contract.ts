import type { z } from 'zod';
import { APP_COMMANDS } from './app-contract';
import { AUTOSAVE_COMMANDS } from './autosave-contract';
import { CALL_LOOKUP_COMMANDS } from './call-lookup-contract';
import type { CommandSpec, QualifiedName } from './define-contract';
import { DESKTOP_NOTIFICATIONS } from './desktop-contract';
import { FILES_COMMANDS, FILES_NOTIFICATIONS } from './files-contract';
import { FLOW_TESTS_COMMANDS } from './flow-tests-contract';
import { MENU_NOTIFICATIONS } from './menu-contract';
import { PACE_COMMANDS, PACE_NOTIFICATIONS } from './pace-contract';
import { PHONE_COMMANDS } from './phone-contract';
import { HISTORY_COMMANDS, RUN_COMMANDS, RUN_NOTIFICATIONS } from './run-contract';
import { SETTINGS_COMMANDS, SETTINGS_NOTIFICATIONS } from './settings-contract';
import { TEMPLATES_COMMANDS } from './templates-contract';

/**
 * Every command the UI can send the backend, by name. Both carriers (Electron IPC and the
 * browser-mode WebSocket) and both ends are typed from this map and parse with its schemas, so
 * adding a command here is the whole of the contract change: the compiler then asks for its
 * handler in the backend, and the UI's `backend.<namespace>.<verb>()` appears by itself.
 */
export const COMMANDS = {
  ...APP_COMMANDS,
  ...FILES_COMMANDS,
  ...TEMPLATES_COMMANDS,
  ...SETTINGS_COMMANDS,
  ...AUTOSAVE_COMMANDS,
  ...RUN_COMMANDS,
  ...PHONE_COMMANDS,
  ...HISTORY_COMMANDS,
  ...CALL_LOOKUP_COMMANDS,
  ...FLOW_TESTS_COMMANDS,
  ...PACE_COMMANDS,
} satisfies Record<QualifiedName, CommandSpec>;

/** Every message the backend pushes to the UI unasked, by name, with its payload's schema. */
export const NOTIFICATIONS = {
  ...FILES_NOTIFICATIONS,
  ...MENU_NOTIFICATIONS,
  ...DESKTOP_NOTIFICATIONS,
  ...RUN_NOTIFICATIONS,
  ...SETTINGS_NOTIFICATIONS,
  ...PACE_NOTIFICATIONS,
} satisfies Record<QualifiedName, z.ZodType>;

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;
export type NotificationName = keyof typeof NOTIFICATIONS;

/** The namespaces of the contract: `app`, `files`, `templates`... */
export type CommandNamespace = CommandName extends `${infer Namespace}.${string}`
  ? Namespace
  : never;
/** The verbs of a namespace's commands: `open` for `files.open`. */
export type VerbOf<N, Namespace extends string> = N extends `${Namespace}.${infer Verb}`
  ? Verb
  : never;

/** What a caller passes (before defaults are applied). */
export type CommandRequest<N extends CommandName> = z.input<Commands[N]['request']>;
/** What a handler receives (after parsing: defaults applied). */
export type ParsedRequest<N extends CommandName> = z.output<Commands[N]['request']>;
/** What a handler returns. */
export type ReplyInput<N extends CommandName> = z.input<Commands[N]['reply']>;
/** What a caller gets back. */
export type CommandReply<N extends CommandName> = z.output<Commands[N]['reply']>;
export type NotificationPayload<N extends NotificationName> = z.output<(typeof NOTIFICATIONS)[N]>;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

export function isNotificationName(name: string): name is NotificationName {
  return Object.hasOwn(NOTIFICATIONS, name);
}
