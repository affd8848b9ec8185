// The one object the UI talks to (DESIGN.md, "The parts"): it implements shared/ipc.ts by
// composing the storage and, later, the runner and settings. Plain Node, no Electron: the
// desktop app, browser mode and the tests all run this same object behind their carrier.
import { join, resolve } from 'node:path';
import type { WireNotification, WireResult } from '../shared/ipc';
import { appCommands } from './backend/app-commands';
import {
  defaultDataDir,
  defaultExamplesDir,
  defaultSimSpeed,
  defaultWorkspaceDir,
  packageVersion,
  reportBugToStderr,
  settingsFileFor,
} from './backend/backend-options';
import type { BackendOptions } from './backend/backend-options';
import type { CommandHandlers } from './backend/command-handlers';
import { dispatchCommand } from './backend/dispatch';
import { fileCommands } from './backend/file-commands';
import {
  forwardRunUpdates,
  historyCommands,
  phoneCommands,
  runCommands,
} from './backend/run-commands';
import { autosaveCommands } from './backend/autosave-commands';
import { createNotificationHub } from './backend/notification-hub';
import { settingsCommands } from './backend/settings-commands';
import { createTemplateLibrary, templateCommands } from './backend/template-commands';
import { RunService } from './run-service/run-service';
import { EnvSecretStore } from './settings/secret-store';
import { SettingsStore } from './settings/settings-store';
import { AutosaveStore } from './storage/autosave-store';
import { createRecentFiles } from './storage/recent-files';
import { ensureWorkspace } from './storage/workspace-files';

export type { BackendOptions } from './backend/backend-options';

/** The backend, as a carrier sees it. */
export interface Backend {
  /** The workspace folder, absolute. */
  readonly workspace: string;
  /**
   * Runs one command from a UI: `payload` is untrusted and parsed with the command's schema.
   * Never throws; failures come back as `{ ok: false, error }`.
   */
  dispatch(command: string, payload: unknown): Promise<WireResult>;
  /** Calls `listener` with every notification; returns the unsubscribe function. */
  subscribe(listener: (notification: WireNotification) => void): () => void;
  /** Releases what the backend holds (runs, later). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Builds the backend over a workspace folder (created if missing). To add a command: declare
 * it in shared/ipc/, then add its handler to the namespace's module here; the compiler lists
 * any command still without one.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const workspace = resolve(options.workspaceDir ?? defaultWorkspaceDir());
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const reportBug = options.reportBug ?? reportBugToStderr;
  await ensureWorkspace(workspace);

  const notifications = createNotificationHub((error) => reportBug('a notification', error));
  const templates = createTemplateLibrary(options.examplesDir ?? defaultExamplesDir());
  // The simulator starts on the first run, so a backend that never runs a flow costs nothing.
  const runs = new RunService(join(dataDir, 'runs'), {
    speed: options.simSpeed ?? defaultSimSpeed(),
  });
  forwardRunUpdates(runs, notifications);
  const handlers: CommandHandlers = {
    ...appCommands({
      name: 'Legflow Studio',
      version: options.version ?? packageVersion(),
      platform: options.platform,
      workspace,
    }),
    ...fileCommands({
      workspace,
      recent: createRecentFiles(join(dataDir, 'recent-files.json')),
      templates,
      notifications,
      reportBug,
    }),
    ...templateCommands(templates),
    ...settingsCommands({
      store: new SettingsStore(settingsFileFor(options, dataDir)),
      secrets: options.secrets ?? new EnvSecretStore(),
    }),
    ...autosaveCommands(new AutosaveStore(join(dataDir, 'autosave'))),
    ...runCommands(runs),
    ...phoneCommands(runs),
    ...historyCommands(runs),
  };

  let closing: Promise<void> | null = null;
  return {
    workspace,
    dispatch: (command, payload) => dispatchCommand(handlers, command, payload, reportBug),
    subscribe: (listener) => notifications.subscribe(listener),
    // Memoised: closing the simulator twice would stop its servers twice.
    close: () => (closing ??= runs.close()),
  };
}
