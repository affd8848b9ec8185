// The shell's own commands (shared/ipc/desktop-contract.ts): the system's file dialogs and the
// files the system asked the app to open. Electron is handed in by main.ts, so these run, and
// are unit-tested, without it.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { z } from 'zod';
import type { DesktopCommandName, DesktopCommands } from '../../shared/ipc';
import { openDialogOptions, saveDialogOptions, savePathFromDialog } from './file-dialogs';
import type { SenderEvent } from './ipc';
import type { LaunchQueue } from './launch-files';

/** One shell command's handler: its parsed request and the asking window's event in. */
export type DesktopHandlers = {
  [N in DesktopCommandName]: (
    request: z.output<DesktopCommands[N]['request']>,
    event: SenderEvent,
  ) => Promise<z.input<DesktopCommands[N]['reply']>>;
};

export interface DesktopCommandsContext {
  workspace: string;
  /** The backend's allowFile: lets the UI use a file the person chose through the system. */
  allowFile(absolutePath: string): string;
  launchQueue: LaunchQueue;
  /** Electron's dialogs, over the window the event came from. */
  showOpenDialog(
    event: SenderEvent,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    event: SenderEvent,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  /** Adds a chosen file to the system's recent documents. */
  rememberRecent(absolutePath: string): void;
}

/**
 * Every path the person picks is allowed with the backend before the UI sees it, so the UI can
 * open or save it even outside the workspace; nothing else widens what the UI may touch.
 */
export function desktopCommands(context: DesktopCommandsContext): DesktopHandlers {
  return {
    'desktop.chooseFileToOpen': async (_request, event) => {
      const answer = await context.showOpenDialog(event, openDialogOptions(context.workspace));
      const chosen = answer.canceled ? undefined : answer.filePaths[0];
      if (chosen === undefined) return { path: null };
      const path = context.allowFile(chosen);
      context.rememberRecent(chosen);
      return { path };
    },
    'desktop.chooseFileToSave': async ({ suggestedName }, event) => {
      const options = saveDialogOptions(context.workspace, suggestedName);
      const answer = await context.showSaveDialog(event, options);
      if (answer.canceled || !answer.filePath) return { path: null, replaceConfirmed: false };
      const chosen = savePathFromDialog(answer.filePath);
      const path = context.allowFile(chosen.path);
      context.rememberRecent(chosen.path);
      return { path, replaceConfirmed: chosen.replaceConfirmed };
    },
    'desktop.takeFileToOpen': async () => {
      const waiting = context.launchQueue.take();
      return { path: waiting === null ? null : context.allowFile(waiting) };
    },
  };
}
