import { parseArgs } from 'node:util';
import { formatFaultSpec, startSimulator } from '../../simulator';
import { CliError } from '../cli-error';
import { parsePort } from './port-option';
import { waitForInterrupt } from './wait-for-interrupt';

export const SIM_USAGE =
  'legflow sim [--host H] [--port P] [--speed N] [--rate-limit N] [--account SID --key K --token T] [--faults SPEC] [--phonebook FILE]';

function number(value: string, option: string, min: number): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min) {
    throw new CliError(`${option} must be a number of at least ${min}, not "${value}".`);
  }
  return parsed;
}

/**
 * The platform simulator on its own, a stand-in for Exotel's Legs API for other programs and
 * teams' tests. Its first line says where it listens and the credentials to use: these are the
 * simulator's own, never a real account's.
 */
export async function simCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      speed: { type: 'string', default: '1' },
      'rate-limit': { type: 'string', default: '100' },
      account: { type: 'string' },
      key: { type: 'string' },
      token: { type: 'string' },
      faults: { type: 'string' },
      phonebook: { type: 'string' },
    },
  });
  const credentials = [values.account, values.key, values.token];
  if (
    credentials.some((value) => value !== undefined) &&
    credentials.some((value) => value === undefined)
  ) {
    throw new CliError(
      '--account, --key and --token go together: give all three, or none for generated ones.',
    );
  }
  let sim;
  try {
    sim = await startSimulator({
      host: values.host,
      port: parsePort(values.port),
      speed: number(values.speed, '--speed', 0.01),
      rateLimitPerMinute: Math.round(number(values['rate-limit'], '--rate-limit', 0)),
      ...(values.account
        ? { account: { sid: values.account, key: values.key!, token: values.token! } }
        : {}),
      ...(values.faults !== undefined ? { faults: values.faults } : {}),
      ...(values.phonebook !== undefined ? { phonebook: values.phonebook } : {}),
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  }
  const { sid, key, token } = sim.account;
  out(`Legs API simulator at ${sim.baseUrl}  account ${sid}  key ${key}  token ${token}`);
  out(`  speed ×${sim.speed}, faults: ${formatFaultSpec(sim.faults)}`);
  out(`  API: ${sim.baseUrl}/v2/accounts/${sid}/legs   control: ${sim.baseUrl}/_sim/`);
  out('Press Ctrl+C to stop.');
  await waitForInterrupt();
  await sim.close();
  return 0;
}
