// What the system's Open and Save dialogs are asked, and what their answers mean, as plain data
// so they are unit-tested without Electron. Only types come from Electron.
import { resolve } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { FLOW_FILE_EXTENSION } from '../../shared/ipc';
import { isFlowFilePath } from './launch-files';

/** Only flow files are listed; `legflow.json` rather than `json`, so other JSON stays hidden. */
const FLOW_FILTERS = [{ name: 'Legflow flows', extensions: [FLOW_FILE_EXTENSION.slice(1)] }];

/** The Open dialog starts in the workspace, where the app keeps flows. */
export function openDialogOptions(workspace: string): OpenDialogOptions {
  return {
    title: 'Open a flow',
    defaultPath: workspace,
    properties: ['openFile'],
    filters: FLOW_FILTERS,
  };
}

/**
 * The Save dialog starts at the suggested name: a workspace path, or the absolute path of a
 * flow opened from elsewhere. Linux's dialog only asks before replacing a file when told to;
 * Windows' and the Mac's always do.
 */
export function saveDialogOptions(workspace: string, suggestedName: string): SaveDialogOptions {
  return {
    title: 'Save the flow as',
    defaultPath: resolve(workspace, suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: FLOW_FILTERS,
  };
}

/**
 * The file a Save dialog's answer names. Dialogs do not all add a two-part extension, so it is
 * added here when missing; the dialog's "replace it?" was then about another name, and the UI
 * must ask itself if the file with the extension exists.
 */
export function savePathFromDialog(chosen: string): { path: string; replaceConfirmed: boolean } {
  if (isFlowFilePath(chosen)) return { path: chosen, replaceConfirmed: true };
  return {
    path: `${chosen.replace(/\.json$/i, '')}${FLOW_FILE_EXTENSION}`,
    replaceConfirmed: false,
  };
}
