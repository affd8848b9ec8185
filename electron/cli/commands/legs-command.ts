import { parseArgs } from 'node:util';
import { callSidSchema, SIMULATOR_PROFILE } from '../../../shared/ipc';
import { lookUpCallLegs } from '../../backend/call-legs-lookup';
import { findProfile, loadSettings, SettingsError } from '../../settings/load-settings';
import { EnvSecretStore, envTokenName } from '../../settings/secret-store';
import { CliError, EXIT } from '../cli-error';
import { callLegsTable } from './call-legs-table';

export const LEGS_USAGE = 'legflow legs CALL_SID --profile NAME [--json]';

/**
 * `legflow legs`: the legs of one call on a live account (v3 call legs), by side, with each
 * leg's name, number, status, times and group. The API token comes from the environment
 * (`LEGFLOW_API_TOKEN_<PROFILE>` or `LEGFLOW_API_TOKEN`) and is never printed. Exit 0 when the
 * call was found, 1 when the platform said no or could not be reached, 2 for bad arguments, an
 * unknown profile or a missing token. With `--json` the outcome is one JSON object on stdout.
 */
export async function legsCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { profile: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || values.profile === undefined) {
    throw new CliError(`usage: ${LEGS_USAGE}`);
  }
  const callSid = callSidSchema.safeParse(positionals[0]);
  if (!callSid.success) {
    throw new CliError(
      `"${positionals[0]}" is not a call sid: ${callSid.error.issues[0]?.message}.`,
    );
  }
  if (values.profile === SIMULATOR_PROFILE) {
    throw new CliError(
      'The call lookup needs a live profile. To try it without an account, run `legflow sim` and add a profile whose region is "custom" and whose baseUrl is the address it prints.',
    );
  }
  let profile;
  try {
    profile = findProfile(await loadSettings(), values.profile);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(error.message);
    throw error;
  }
  const token = await new EnvSecretStore().get(profile.name);
  if (token === undefined) {
    throw new CliError(
      `The live profile "${profile.name}" needs its API token in ${envTokenName(profile.name)} or LEGFLOW_API_TOKEN; it is never read from a file.`,
    );
  }
  const reply = await lookUpCallLegs(profile, token, callSid.data);
  if (reply.found) {
    if (values.json) out(JSON.stringify(reply.call));
    else for (const line of callLegsTable(reply.call)) out(line);
    return EXIT.ok;
  }
  const { found: _found, ...error } = reply;
  if (values.json) out(JSON.stringify({ callSid: callSid.data, error }));
  process.stderr.write(`legflow: ${reply.message}\n`);
  return EXIT.failed;
}
