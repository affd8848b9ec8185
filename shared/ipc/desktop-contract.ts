import { z } from 'zod';
import { command } from './define-contract';
import type { CommandSpec, QualifiedName } from './define-contract';
import { workspacePathSchema } from './files-contract';

/**
 * A file the desktop shell chose or was handed, as `files.open` and `files.save` take it: a
 * workspace path when it is inside the workspace, else its absolute path with `/` separators,
 * which the backend accepts because the shell allowed it. Null when the person cancelled.
 */
const chosenPathSchema = workspacePathSchema.nullable();

/**
 * Commands only the desktop app's main process answers: they need the operating system (its
 * file dialogs, the files it asked the app to open). Browser mode has none of them; the UI
 * uses its own dialogs there. They travel like the backend's commands, through the same
 * sender-checked wrapper, and are parsed with these schemas at both ends.
 */
export const DESKTOP_COMMANDS = {
  /** Shows the system's Open dialog for flow files. */
  'desktop.chooseFileToOpen': command(z.undefined(), z.object({ path: chosenPathSchema })),
  /** Shows the system's Save dialog, starting from `suggestedName` in the workspace. */
  'desktop.chooseFileToSave': command(
    z.object({ suggestedName: z.string().max(260) }),
    z.object({
      path: chosenPathSchema,
      /**
       * The system dialog already asked whether to replace the existing file and the person
       * said yes, so the UI need not ask again.
       */
      replaceConfirmed: z.boolean(),
    }),
  ),
  /**
   * The flow file the system asked the app to open (a double-click, the command line, a
   * second launch), taken once: a second call answers null until another one is asked for.
   */
  'desktop.takeFileToOpen': command(z.undefined(), z.object({ path: chosenPathSchema })),
} satisfies Record<QualifiedName, CommandSpec>;

export type DesktopCommands = typeof DESKTOP_COMMANDS;
export type DesktopCommandName = keyof DesktopCommands;

export const DESKTOP_COMMAND_NAMES = Object.keys(DESKTOP_COMMANDS) as DesktopCommandName[];

export function isDesktopCommandName(name: string): name is DesktopCommandName {
  return Object.hasOwn(DESKTOP_COMMANDS, name);
}

/** Notifications from the desktop shell to its window. */
export const DESKTOP_NOTIFICATIONS = {
  /**
   * The system asked the app to open a flow file; the window takes it with
   * `desktop.takeFileToOpen`, so a window that is still starting misses nothing.
   */
  'desktop.fileToOpen': z.object({}),
};
