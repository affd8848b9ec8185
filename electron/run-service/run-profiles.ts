import { redact, secretsOf } from '../legs-api/redact';
import type { SecretStore } from '../settings/secret-store';
import type { LiveProfile, Settings } from '../settings/settings-schema';
import type { SimSessionOptions } from '../session/sim-session';
import { RunRefusal } from './run-refusal';
import type { TargetSpec } from './run-targets';

/** Where the service finds profiles, their tokens and the simulator's options. */
export interface ProfileSources {
  /** Reads the settings file afresh, so a profile saved a moment ago is found. */
  readSettings: () => Promise<Settings>;
  secrets: SecretStore;
  /** The simulator's options; a `speed` here wins over the one saved in Settings. */
  simulator: SimSessionOptions;
}

/** A live profile with its token, if one is available; never logged, never in a message. */
export interface LiveCredentials {
  profile: LiveProfile;
  token: string | undefined;
}

/**
 * The simulator's spec. Its speed: the explicit one (an option or LEGFLOW_SIM_SPEED), else the
 * Simulator profile's saved speed, else real time. Settings that cannot be read do not stop the
 * simulator: it is the profile that must always work.
 */
export async function simulatorSpec(
  sources: ProfileSources,
): Promise<Extract<TargetSpec, { kind: 'simulator' }>> {
  const saved = await sources.readSettings().then(
    (settings) => settings.simulator?.speed,
    () => undefined,
  );
  return {
    kind: 'simulator',
    options: { ...sources.simulator, speed: sources.simulator.speed ?? saved ?? 1 },
  };
}

/** The live profile called `name` and its token, or a refusal that says what is wrong. */
export async function liveCredentials(
  sources: ProfileSources,
  name: string,
): Promise<LiveCredentials> {
  let settings: Settings;
  try {
    settings = await sources.readSettings();
  } catch (error) {
    throw new RunRefusal('unreadable-settings', messageOf(error));
  }
  const profile = settings.profiles.find((candidate) => candidate.name === name);
  if (!profile) {
    throw new RunRefusal(
      'unknown-profile',
      `There is no profile called “${name}”; it may have been removed in Settings.`,
    );
  }
  let token: string | undefined;
  try {
    token = await sources.secrets.get(name);
  } catch {
    throw new RunRefusal(
      'no-token',
      `The API token of “${name}” could not be read: enter it in the profile again and save.`,
    );
  }
  return { profile, token };
}

/** What a thrown value says, whether or not it is an Error. */
function messageOf(error: unknown): string {
  return String(
    (error as { message?: unknown } | null | undefined)?.message ?? error ?? 'no reason given',
  );
}

/**
 * What a thrown value says, with the token masked in every form it could leak in (as is,
 * URL-encoded, inside the Basic auth value): platforms and libraries echo things.
 */
export function withoutToken(error: unknown, apiKey: string, token: string): string {
  return redact(messageOf(error), secretsOf(apiKey, token));
}
