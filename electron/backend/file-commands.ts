import { stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { WorkspaceFile } from '../../shared/ipc';
import { openFlowFile, saveFlowFile } from '../storage/flow-files';
import type { RecentFiles } from '../storage/recent-files';
import type { OutsideFiles } from '../storage/outside-files';
import { listWorkspaceFiles } from '../storage/workspace-files';
import { confirmInsideWorkspace, isInside, locateInWorkspace } from '../storage/workspace-paths';
import type { NamespaceHandlers } from './command-handlers';
import type { NotificationHub } from './notification-hub';
import type { TemplateLibrary } from './template-commands';

/** What the file commands work with. */
export interface FileCommandsContext {
  /** The workspace folder, absolute and resolved. */
  workspace: string;
  recent: RecentFiles;
  templates: TemplateLibrary;
  notifications: NotificationHub;
  /** Files outside the workspace the desktop shell allowed (chosen through the system). */
  outsideFiles: OutsideFiles;
  /** Where a failure that must not fail the command (updating the recent list) is reported. */
  reportBug: (what: string, error: unknown) => void;
}

/**
 * The `files.*` commands: every path is confined to the workspace before the disk is touched,
 * save the outside files the desktop shell allowed.
 */
export function fileCommands(context: FileCommandsContext): NamespaceHandlers<'files'> {
  const { workspace, recent, notifications, outsideFiles } = context;
  const locate = async (path: string) => {
    const outside = outsideFiles.find(path);
    if (outside) return outside;
    const location = locateInWorkspace(workspace, path);
    await confirmInsideWorkspace(workspace, location.absolute);
    return location;
  };
  const remember = (absolute: string) =>
    recent.add(absolute).catch((error: unknown) => context.reportBug('recent files', error));

  return {
    'files.list': async () => ({
      folder: workspace,
      files: await listWorkspaceFiles(workspace),
      templates: await context.templates.list(),
    }),
    'files.open': async ({ path }) => {
      const location = await locate(path);
      const reply = await openFlowFile(location);
      if (reply.status === 'opened') await remember(location.absolute);
      return reply;
    },
    'files.save': async ({ path, flow, baseModifiedMs, baseContentHash, force }) => {
      const location = await locate(path);
      const guard = { baseModifiedMs, baseContentHash, force };
      const reply = await saveFlowFile(location, flow, guard);
      if (reply.status === 'saved') {
        await remember(location.absolute);
        notifications.emit('files.changed', { path: reply.path, modifiedMs: reply.modifiedMs });
      }
      return reply;
    },
    'files.recent': async () => {
      const paths = (await recent.list()).filter(
        (path) => isInside(workspace, path) || outsideFiles.has(path),
      );
      const files = await Promise.all(paths.map((path) => describe(workspace, path)));
      return { files: files.filter((file) => file !== null) };
    },
  };
}

/** A recent file as the UI lists it, or null when it is gone. */
async function describe(workspace: string, path: string): Promise<WorkspaceFile | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return {
    path: (isInside(workspace, path) ? relative(workspace, path) : path).split(sep).join('/'),
    modifiedMs: info.mtimeMs,
    size: info.size,
  };
}
