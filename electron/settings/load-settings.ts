import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { settingsSchema } from './settings-schema';
import type { LiveProfile, Settings } from './settings-schema';

/** A settings file that cannot be used; every problem is named by its place in the file. */
export class SettingsError extends Error {
  /**
   * @param problem what is wrong, without saying what became of the file: the app moves a damaged
   *   file aside, the command line leaves it where it is, and each says so in its own words.
   */
  constructor(
    readonly problem: string,
    disposition = '',
  ) {
    super(disposition ? `${problem} ${disposition}` : problem);
    this.name = 'SettingsError';
  }
}

const LEFT_AS_IT_IS = 'It was left as it is.';

/**
 * `LEGFLOW_SETTINGS`, else `settings.json` in `LEGFLOW_DATA_DIR` (the data folder the app and
 * browser mode use, so a profile made there serves `legflow run --profile`), else the platform's
 * config folder: ~/.config/legflow/settings.json.
 */
export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEGFLOW_SETTINGS) return env.LEGFLOW_SETTINGS;
  if (env.LEGFLOW_DATA_DIR) return join(env.LEGFLOW_DATA_DIR, 'settings.json');
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'legflow', 'settings.json');
}

/** Reads the settings; a missing file is an empty one, a damaged one an error that says why. */
export async function loadSettings(path = settingsPath()): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { format: 'legflow.settings', version: 1, profiles: [] };
    }
    throw new SettingsError(`Cannot read the settings file ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SettingsError(`The settings file ${path} is not valid JSON.`, LEFT_AS_IT_IS);
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new SettingsError(
      `The settings file ${path} has problems:\n${problems.join('\n')}`,
      LEFT_AS_IT_IS,
    );
  }
  return parsed.data;
}

/** The profile called `name`, or an error listing the ones there are. */
export function findProfile(settings: Settings, name: string, path = settingsPath()): LiveProfile {
  const profile = settings.profiles.find((candidate) => candidate.name === name);
  if (profile) return profile;
  const names = settings.profiles.map((candidate) => `"${candidate.name}"`);
  throw new SettingsError(
    names.length
      ? `There is no profile "${name}" in ${path}; there are ${names.join(', ')}.`
      : `There is no profile "${name}": ${path} has no live profiles yet.`,
  );
}
