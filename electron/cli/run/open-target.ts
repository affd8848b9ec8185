import { dialPlan } from '../../../shared/flow';
import type { FlowDocument } from '../../../shared/flow';
import { Runner } from '../../runner';
import { dialOnlyConfirmed } from '../../run-service/dial-guard';
import { undecidedNumbersProblem } from '../../run-service/live-consent';
import type { RunTarget } from '../../scenario/run-target';
import { liveTarget } from '../../session/live-target';
import { simTarget } from '../../session/sim-target';
import { findProfile, loadSettings, SettingsError } from '../../settings/load-settings';
import type { ClockPace } from '../../simulator/clock/sim-clock';
import { CliError } from '../cli-error';

export interface TargetChoice {
  profile?: string;
  yes: boolean;
  /** The simulator's clock; a live account always runs on real time. */
  speed: ClockPace;
  /** Seeds the simulator's ids, faults and back-off jitter. */
  seed?: number;
  faults?: string;
  rateLimit?: number;
}

/**
 * The simulator (the default), or a live profile from the settings file. A live run dials real
 * phones, so it lists the numbers it will dial and goes ahead only with --yes; a number only
 * known during the run cannot be agreed to, and the run dials no number that was not listed.
 */
export async function openTarget(
  choice: TargetChoice,
  flow: FlowDocument,
  notice: (line: string) => void,
): Promise<RunTarget> {
  if (choice.profile === undefined) {
    try {
      return await simTarget({
        speed: choice.speed,
        ...(choice.seed !== undefined ? { seed: choice.seed } : {}),
        ...(choice.faults !== undefined ? { faults: choice.faults } : {}),
        ...(choice.rateLimit !== undefined ? { rateLimitPerMinute: choice.rateLimit } : {}),
      });
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  let profile;
  try {
    profile = findProfile(await loadSettings(), choice.profile);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(error.message);
    throw error;
  }
  const token = process.env.LEGFLOW_API_TOKEN;
  if (!token) {
    throw new CliError(
      `The live profile "${profile.name}" needs its API token in the LEGFLOW_API_TOKEN environment variable; it is never read from a file.`,
    );
  }
  const undecided = undecidedNumbersProblem(flow);
  if (undecided !== undefined) throw new CliError(undecided);
  const calls = dialPlan(flow);
  const numbers = calls.map((call) => `${call.number} (${call.leg ?? '-'}, node ${call.nodeId})`);
  const plan = numbers.length
    ? `This run will dial: ${numbers.join(', ')}.`
    : "This run dials no one; it answers calls to the flow's ExoPhone.";
  if (!choice.yes) {
    throw new CliError(
      `${plan}\nA live run on "${profile.name}" rings real phones: run again with --yes to go ahead.`,
    );
  }
  notice(`${plan} Live profile "${profile.name}".`);
  let target: RunTarget;
  try {
    target = await liveTarget(profile, token);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  return dialingOnly(
    target,
    calls.map((call) => call.number),
  );
}

/** The target with a runner whose API refuses to create a leg to any number not listed. */
function dialingOnly(target: RunTarget, numbers: readonly string[]): RunTarget {
  const runner = new Runner(dialOnlyConfirmed(target.platform, numbers));
  return {
    ...target,
    runner,
    close: async () => {
      await runner.stopAll();
      await target.close();
    },
  };
}
