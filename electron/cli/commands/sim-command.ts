import { parseArgs } from 'node:util';
import { explainBindError } from '../../net/port-in-use';
import { formatFaultSpec, startSimulator } from '../../simulator';
import { CliError } from '../cli-error';
import { parsePort } from './port-option';
import { waitForInterrupt } from './wait-for-interrupt';

export const SIM_USAGE =
  'legflow sim [--host H] [--port P] [--speed N|manual] [--seed N] [--rate-limit N] [--account SID --key K --token T] [--faults SPEC] [--phonebook FILE]';

function number(value: string, option: string, min: number): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min) {
    throw new CliError(`${option} must be a number of at least ${min}, not "${value}".`);
  }
  return parsed;
}

/**
 * `--speed`: times faster than real, or `manual` for a clock that moves only through the control
 * API. `instant` is refused: it skips time whenever nothing is in flight, which only works when
 * the whole session (runner and listener too) lives in one process, as in `legflow run`.
 */
function speed(value: string): number | 'manual' {
  if (value === 'manual') return 'manual';
  if (value === 'instant') {
    throw new CliError(
      "--speed instant only makes sense for `legflow run`, where the flow, listener and simulator share one clock; for other programs' tests use --speed manual.",
    );
  }
  return number(value, '--speed', 0.01);
}

/** `--seed`: a whole number that fits the simulator's 32-bit random source. */
function seed(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 0xffff_ffff) {
    throw new CliError(`--seed must be a whole number from 0 to 4294967295, not "${value}".`);
  }
  return Number(value);
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
      seed: { type: 'string' },
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
  const port = parsePort(values.port);
  let sim;
  try {
    sim = await startSimulator({
      host: values.host,
      port,
      speed: speed(values.speed),
      ...(values.seed !== undefined ? { seed: seed(values.seed) } : {}),
      rateLimitPerMinute: Math.round(number(values['rate-limit'], '--rate-limit', 0)),
      ...(values.account
        ? { account: { sid: values.account, key: values.key!, token: values.token! } }
        : {}),
      ...(values.faults !== undefined ? { faults: values.faults } : {}),
      ...(values.phonebook !== undefined ? { phonebook: values.phonebook } : {}),
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    // A taken port names a free one, as `legflow web` does, rather than a raw EADDRINUSE.
    const explained = await explainBindError(
      error as Error,
      values.host,
      port,
      'Start it with --port to pick another.',
    );
    throw new CliError(explained.message);
  }
  const { sid, key, token } = sim.account;
  out(`Legs API simulator at ${sim.baseUrl}  account ${sid}  key ${key}  token ${token}`);
  const clock =
    sim.clock.mode === 'manual'
      ? 'clock manual (moves only through POST /_sim/clock/advance)'
      : `speed ×${sim.speed}`;
  out(`  ${clock}, faults: ${formatFaultSpec(sim.faults)}`);
  out(`  API: ${sim.baseUrl}/v2/accounts/${sid}/legs   control: ${sim.baseUrl}/_sim/`);
  out('Press Ctrl+C to stop.');
  await waitForInterrupt();
  await sim.close();
  return 0;
}
