import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { settingsPath } from '../settings/load-settings';
import type { SecretStore } from '../settings/secret-store';
import { findAppFile } from '../app-files/find-app-file';

/** Where the backend keeps flows and its own files, and who it says it is. */
export interface BackendOptions {
  /** Which carrier the UI is on. */
  platform: 'electron' | 'web';
  /** The folder flows are opened from and saved to; `~/Legflow` by default, created if missing. */
  workspaceDir?: string;
  /** The app's own files (recent files; later settings and autosave). */
  dataDir?: string;
  /** The templates; the shipped `assets/examples/` by default. */
  examplesDir?: string;
  /** The app's version; read from package.json by default. */
  version?: string;
  /** Where the backend reports its own bugs; stderr by default. */
  reportBug?: (what: string, error: unknown) => void;
  /**
   * How many times faster than real time the Simulator profile runs: `LEGFLOW_SIM_SPEED`, else 1.
   * Tests speed it up so a call's prompts and time-outs do not take real seconds.
   */
  simSpeed?: number;
  /** The settings file; see settingsFileFor for the default. */
  settingsFile?: string;
  /** Where API tokens are kept: the environment by default, safeStorage in the desktop app. */
  secrets?: SecretStore;
}

/**
 * The settings file: the one the CLI reads (`LEGFLOW_SETTINGS`, else `LEGFLOW_DATA_DIR`, else
 * ~/.config/legflow), so a profile made in the app serves `legflow run --profile`; but a backend
 * given its own data folder (tests, a second instance) keeps its settings there, apart from the
 * user's.
 */
export function settingsFileFor(
  options: BackendOptions,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (options.settingsFile) return options.settingsFile;
  return options.dataDir ? join(dataDir, 'settings.json') : settingsPath(env);
}

/** The simulator's speed from `LEGFLOW_SIM_SPEED`, or 1 (real time) when unset or not a number. */
export function defaultSimSpeed(env: NodeJS.ProcessEnv = process.env): number {
  const speed = Number(env.LEGFLOW_SIM_SPEED);
  return Number.isFinite(speed) && speed > 0 ? speed : 1;
}

/** The default workspace: a `Legflow` folder in the user's home, like `~/Documents`-style apps. */
export function defaultWorkspaceDir(): string {
  return join(homedir(), 'Legflow');
}

/**
 * The default data folder: the platform's config folder, `legflow` in it, the same folder the
 * CLI's settings live in (electron/settings/), so the CLI, browser mode and the desktop app
 * share one recent-files list.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  // A separate data folder for scripts and demos, so they do not touch the user's own.
  if (env.LEGFLOW_DATA_DIR) return env.LEGFLOW_DATA_DIR;
  const home = homedir();
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'legflow');
  }
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'legflow');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'legflow');
}

/** The version in the app's package.json, or `0.0.0` when it cannot be found. */
export function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(findAppFile('package.json'), 'utf8')) as unknown;
    const version = (manifest as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The shipped templates: `assets/examples/`, in the resources folder of a packaged app. */
export function defaultExamplesDir(): string {
  return findAppFile(join('assets', 'examples'));
}

export function reportBugToStderr(what: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`legflow backend: unexpected error in ${what}: ${detail}\n`);
}
