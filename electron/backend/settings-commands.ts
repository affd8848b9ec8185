import { IpcError } from '../../shared/ipc';
import type { SettingsReply } from '../../shared/ipc';
import { EnvSecretStore, missingTokenMessage } from '../settings/secret-store';
import type { SecretStore } from '../settings/secret-store';
import { liveProfileSchema } from '../settings/settings-schema';
import type { LiveProfile, Settings } from '../settings/settings-schema';
import type { LoadedSettings, SettingsStore } from '../settings/settings-store';
import { testConnection } from '../settings/test-connection';
import type { NamespaceHandlers } from './command-handlers';
import { describeIssues } from './dispatch';

/** What the settings commands work with. */
export interface SettingsCommandsContext {
  store: SettingsStore;
  secrets: SecretStore;
  /** Injected so tests can point "Test connection" at a fake platform. */
  test?: typeof testConnection;
  /** Tells every window that settings changed (the run toolbar's profile list follows). */
  changed?: () => void;
}

/**
 * The `settings.*` commands. A token goes one way only: into the secret store. Replies say
 * whether one is stored, and no reply, error or log line ever carries it.
 */
export function settingsCommands(context: SettingsCommandsContext): NamespaceHandlers<'settings'> {
  const { store, secrets } = context;
  /** Writes the settings, and says so to every window. */
  const save = async (next: Settings) => {
    await store.save(next);
    context.changed?.();
  };
  const test = context.test ?? testConnection;
  // A damaged file is moved aside on the first load; remember the notice for this session so
  // the dialog can show it whenever it is opened, not only to whoever asked first.
  let damaged: LoadedSettings['damaged'];

  const load = async (): Promise<Settings> => {
    const loaded = await store.load();
    damaged ??= loaded.damaged;
    return loaded.settings;
  };

  const reply = async (settings: Settings): Promise<SettingsReply> => ({
    path: store.path,
    tokenStorage: secrets instanceof EnvSecretStore ? 'environment' : 'encrypted',
    simulator: { speed: settings.simulator?.speed ?? 1 },
    profiles: await Promise.all(
      settings.profiles.map(async (profile) => ({
        profile,
        tokenStored: (await secrets.get(profile.name).catch(() => undefined)) !== undefined,
      })),
    ),
    ...(damaged ? { damaged } : {}),
  });

  return {
    'settings.get': async () => reply(await load()),
    'settings.saveProfile': async ({ profile, token, previousName }) => {
      const checked = checkProfile(profile);
      const settings = await load();
      const renamed = previousName !== undefined && previousName !== checked.name;
      if (renamed && settings.profiles.some((other) => other.name === checked.name)) {
        throw new IpcError('bad-request', `There is already a profile called “${checked.name}”.`);
      }
      // The token first: a store that cannot keep it (browser mode) then changes nothing.
      const carried = token ?? (renamed ? await secrets.get(previousName) : undefined);
      if (carried !== undefined) await storeToken(secrets, checked.name, carried);
      const others = settings.profiles.filter(
        (other) => other.name !== checked.name && other.name !== previousName,
      );
      const next = { ...settings, profiles: [...others, checked] };
      await save(next);
      if (renamed) await secrets.remove(previousName);
      return reply(next);
    },
    'settings.removeProfile': async ({ name }) => {
      const settings = await load();
      const next = { ...settings, profiles: settings.profiles.filter((p) => p.name !== name) };
      await save(next);
      await secrets.remove(name);
      return reply(next);
    },
    'settings.saveSimulator': async ({ speed }) => {
      const next = { ...(await load()), simulator: { speed } };
      await save(next);
      return reply(next);
    },
    'settings.testConnection': async ({ name }) => {
      const profile = (await load()).profiles.find((candidate) => candidate.name === name);
      if (!profile) throw new IpcError('not-found', `There is no profile called “${name}”.`);
      const token = await secrets.get(name);
      if (token === undefined) {
        return {
          credentials: { ok: false, message: missingTokenMessage(secrets, name) },
          listener: { ok: false, message: 'Not tested: the credentials come first.' },
        };
      }
      const report = await test(profile, token);
      // Belt and braces: whatever the platform echoed back, the token does not reach the UI.
      const scrub = (message: string) => message.split(token).join('••••');
      return {
        credentials: { ...report.credentials, message: scrub(report.credentials.message) },
        listener: { ...report.listener, message: scrub(report.listener.message) },
      };
    },
  };
}

/** The profile as the settings file takes it, or a bad-request listing each problem. */
function checkProfile(profile: unknown): LiveProfile {
  const parsed = liveProfileSchema.safeParse(profile);
  if (parsed.success) return parsed.data;
  throw new IpcError('bad-request', 'The profile is not valid.', describeIssues(parsed.error));
}

/** Stores a token; a store's refusal is the user's situation, not a bug, and says what to do. */
async function storeToken(secrets: SecretStore, name: string, token: string): Promise<void> {
  try {
    await secrets.set(name, token);
  } catch (error) {
    const message = error instanceof Error ? error.message.split(token).join('••••') : '';
    throw new IpcError('bad-request', message || 'The API token could not be stored.');
  }
}
