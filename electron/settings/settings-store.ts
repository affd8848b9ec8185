import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write';
import { loadSettings, SettingsError } from './load-settings';
import { settingsSchema } from './settings-schema';
import type { LiveProfile, Settings } from './settings-schema';

const EMPTY: Settings = { format: 'legflow.settings', version: 1, profiles: [] };

/** What loading found: the settings, and a notice when a damaged file had to be set aside. */
export interface LoadedSettings {
  settings: Settings;
  /** Set when the file could not be used: it was moved to `keptAs`, and why. */
  damaged?: { keptAs: string; problem: string };
}

/**
 * The settings file: profiles of live accounts (never their tokens). A damaged file is not
 * silently reset: it is moved aside, reported, and the app starts from empty settings.
 */
export class SettingsStore {
  constructor(
    readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<LoadedSettings> {
    try {
      return { settings: await loadSettings(this.path) };
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      const keptAs = `${this.path}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
      await rename(this.path, keptAs);
      return { settings: EMPTY, damaged: { keptAs, problem: error.problem } };
    }
  }

  async save(settings: Settings): Promise<void> {
    const checked = settingsSchema.parse(settings);
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(checked, null, 2)}\n`);
  }

  /** Adds or replaces the profile of that name. */
  async saveProfile(profile: LiveProfile): Promise<Settings> {
    const { settings } = await this.load();
    const profiles = settings.profiles.filter((existing) => existing.name !== profile.name);
    const next = { ...settings, profiles: [...profiles, profile] };
    await this.save(next);
    return next;
  }

  async removeProfile(name: string): Promise<Settings> {
    const { settings } = await this.load();
    const next = {
      ...settings,
      profiles: settings.profiles.filter((profile) => profile.name !== name),
    };
    await this.save(next);
    return next;
  }
}
