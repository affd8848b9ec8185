import type { Runner, RunPlatform } from '../runner';
import type { Persona, SimulatorControl } from '../simulator';

/**
 * Where scenario runs go: the simulator (which can play the callers) or a live account (where
 * real people answer). `legflow run` and the app drive both through this one shape.
 */
export interface RunTarget {
  kind: 'simulator' | 'live';
  runner: Runner;
  platform: RunPlatform;
  /** Makes incoming calls to this ExoPhone reach the runner (the simulator's routing). */
  registerExophone(exophone: string): void;
  /** Makes the scenario's parties the personas of their numbers (the simulator only). */
  useParties(parties: Record<string, Persona>): void;
  /** Places an incoming call, if this target can (the simulator); live calls come from phones. */
  placeCall?(from: string, to: string, persona?: Persona): void;
  /** The simulator's control API: the virtual phone. Absent on live accounts. */
  simulator?: SimulatorControl;
  close(): Promise<void>;
}
