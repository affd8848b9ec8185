// The one object the UI talks to (DESIGN.md, "The parts"): it implements shared/ipc.ts by
// composing the storage and, later, the runner and settings. Plain Node, no Electron: the
// desktop app, browser mode and the tests all run this same object behind their carrier.
import { randomUUID } from 'node:crypto';
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
import { flowTestsCommands } from './backend/flow-tests-commands';
import { phoneCommands } from './backend/phone-commands';
import { forwardRunUpdates, historyCommands, runCommands } from './backend/run-commands';
import { autosaveCommands } from './backend/autosave-commands';
import { callLookupCommands } from './backend/call-lookup-commands';
import { createNotificationHub } from './backend/notification-hub';
import { settingsCommands } from './backend/settings-commands';
import { createTemplateLibrary, templateCommands } from './backend/template-commands';
import { RunService } from './run-service/run-service';
import { loadSettings } from './settings/load-settings';
import { EnvSecretStore } from './settings/secret-store';
import { SettingsStore } from './settings/settings-store';
import { AutosaveStore } from './storage/autosave-store';
import { createOutsideFiles } from './storage/outside-files';
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
  /**
   * Lets the UI open and save a flow file outside the workspace, one the person chose through
   * the operating system. Only the desktop shell calls this, never on a UI's request; returns
   * the path the UI is to use. Refuses a path that is not a `.legflow.json` file.
   */
  allowFile(absolutePath: string): string;
  /** How many runs go on: the desktop app asks before quitting, which stops them. */
  runsGoing(): number;
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

  const outsideFiles = createOutsideFiles(workspace);
  const notifications = createNotificationHub((error) => reportBug('a notification', error));
  const templates = createTemplateLibrary(options.examplesDir ?? defaultExamplesDir());
  const settingsFile = settingsFileFor(options, dataDir);
  const secrets = options.secrets ?? new EnvSecretStore();
  // An explicit speed (the option, else LEGFLOW_SIM_SPEED) wins over the one saved in Settings.
  const simSpeed =
    options.simSpeed ?? (process.env.LEGFLOW_SIM_SPEED ? defaultSimSpeed() : undefined);
  // Targets open on the first run, so a backend that never runs a flow costs nothing.
  const runs = new RunService({
    logFolder: join(dataDir, 'runs'),
    // Read, never repaired: a damaged file is the Settings dialog's to set aside and report.
    readSettings: () => loadSettings(settingsFile),
    secrets,
    simulator: simSpeed === undefined ? {} : { speed: simSpeed },
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
      outsideFiles,
      reportBug,
    }),
    ...templateCommands(templates),
    ...settingsCommands({
      store: new SettingsStore(settingsFile),
      secrets,
      changed: () => notifications.emit('settings.changed', {}),
    }),
    ...autosaveCommands({
      store: new AutosaveStore(join(dataDir, 'autosave')),
      self: { pid: process.pid, backend: randomUUID() },
    }),
    ...runCommands(runs),
    ...phoneCommands(runs),
    ...historyCommands(runs),
    ...flowTestsCommands({
      workspace,
      outsideFiles,
      examplesDir: options.examplesDir ?? defaultExamplesDir(),
      runs,
    }),
    ...callLookupCommands({ readSettings: () => loadSettings(settingsFile), secrets }),
  };

  let closing: Promise<void> | null = null;
  return {
    workspace,
    dispatch: (command, payload) => dispatchCommand(handlers, command, payload, reportBug),
    subscribe: (listener) => notifications.subscribe(listener),
    allowFile: (path) => outsideFiles.allow(path),
    runsGoing: () => runs.runningCount(),
    // Memoised: closing the simulator twice would stop its servers twice.
    close: () => (closing ??= runs.close()),
  };
}
