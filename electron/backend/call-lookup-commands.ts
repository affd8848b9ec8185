import { IpcError, SIMULATOR_PROFILE } from '../../shared/ipc';
import { missingTokenMessage } from '../settings/secret-store';
import type { SecretStore } from '../settings/secret-store';
import type { Settings } from '../settings/settings-schema';
import { lookUpCallLegs } from './call-legs-lookup';
import type { NamespaceHandlers } from './command-handlers';

/** What the call lookup works with. */
export interface CallLookupCommandsContext {
  /** Reads the settings file afresh, so a profile saved a moment ago is found. */
  readSettings: () => Promise<Settings>;
  secrets: SecretStore;
  /** Injected so tests can point the lookup at a fake platform. */
  lookUp?: typeof lookUpCallLegs;
}

/** Said when the Simulator profile is asked: the lookup needs an account's v3 host. */
export const NEEDS_LIVE_PROFILE =
  'Looking up a call needs a live profile: choose one in the toolbar’s profile picker. To try it without an account, run `legflow sim` and add a profile with a custom base URL pointing at it.';

/**
 * The `calls.*` commands: a call's legs, by side, from a live account (v3 call legs). The token
 * is read from the secret store here and goes only into the API client; no reply carries it.
 */
export function callLookupCommands(context: CallLookupCommandsContext): NamespaceHandlers<'calls'> {
  const lookUp = context.lookUp ?? lookUpCallLegs;
  // A damaged settings file is the person's to repair, and its error already says where.
  const readSettings = () =>
    context.readSettings().catch((error: unknown) => {
      throw new IpcError('io', error instanceof Error ? error.message : String(error));
    });
  return {
    'calls.lookUpLegs': async ({ profile: name, callSid }) => {
      if (name === SIMULATOR_PROFILE) {
        return { found: false, reason: 'needs-live-profile', message: NEEDS_LIVE_PROFILE };
      }
      const profile = (await readSettings()).profiles.find((p) => p.name === name);
      if (!profile) throw new IpcError('not-found', `There is no profile called “${name}”.`);
      const token = await context.secrets.get(name);
      if (token === undefined) {
        return {
          found: false,
          reason: 'no-token',
          message: missingTokenMessage(context.secrets, name),
        };
      }
      return lookUp(profile, token, callSid);
    },
  };
}
