import { createLegsApiClient } from '../legs-api';
import { silentListenerLogger, startListener } from '../listener';
import type { LegEventListener, ListenerLogger } from '../listener';
import { IncomingCalls, Runner, scaledClock } from '../runner';
import type { RunPlatform } from '../runner';
import { startSimulator } from '../simulator';
import { resolveFaults } from '../simulator/start-simulator';
import type { Persona, RunningSimulator, SimulatorOptions } from '../simulator';

/** The simulator profile, running: the simulator, our listener, an API client and a runner. */
export interface SimSession {
  runner: Runner;
  platform: RunPlatform;
  sim: RunningSimulator;
  listener: LegEventListener;
  /** The personas the phonebook had at the start, by number, to restore between scenarios. */
  originalPhonebook: ReadonlyMap<string, Persona>;
  /** Sends the ExoPhone's incoming calls to this session's listener. */
  registerExophone(exophone: string): void;
  /** Stops every run (hanging up its legs), then the simulator and the listener. */
  close(): Promise<void>;
}

export interface SimSessionOptions {
  speed?: number;
  faults?: SimulatorOptions['faults'];
  personas?: SimulatorOptions['personas'];
  phonebook?: SimulatorOptions['phonebook'];
  rateLimitPerMinute?: number;
  listenerLogger?: ListenerLogger;
}

/**
 * How long our listener holds the simulator's events to put each leg's in order. The simulator
 * sends a leg's events one at a time, in order, so there is nothing to reorder (and holding
 * would only delay every glow on the canvas) unless its faults shuffle them on purpose. The
 * window is real time; on a fast clock a full one would look like seconds of delay.
 */
export function simReorderWindowMs(speed: number, faults?: SimulatorOptions['faults']): number {
  let reorder = 0;
  try {
    reorder = resolveFaults(faults).reorder;
  } catch {
    // A fault text that does not parse is refused by the simulator itself, just after.
  }
  return reorder > 0 ? Math.max(5, Math.round(75 / speed)) : 0;
}

/**
 * Starts everything a run on the simulator needs, on free loopback ports: one call, no set-up.
 * The same composition serves `legflow run --sim` and the app's Simulator profile.
 */
export async function startSimSession(options: SimSessionOptions = {}): Promise<SimSession> {
  const speed = options.speed ?? 1;
  const reorderWindowMs = simReorderWindowMs(speed, options.faults);
  const listener = await startListener(
    { port: 0, reorderWindowMs },
    { logger: options.listenerLogger ?? silentListenerLogger },
  );
  let sim: RunningSimulator;
  try {
    sim = await startSimulator({
      speed,
      ...(options.faults !== undefined ? { faults: options.faults } : {}),
      ...(options.personas !== undefined ? { personas: options.personas } : {}),
      ...(options.phonebook !== undefined ? { phonebook: options.phonebook } : {}),
      ...(options.rateLimitPerMinute !== undefined
        ? { rateLimitPerMinute: options.rateLimitPerMinute }
        : {}),
    });
  } catch (error) {
    await listener.close();
    throw error;
  }
  const api = createLegsApiClient({
    baseUrl: sim.baseUrl,
    accountSid: sim.account.sid,
    apiKey: sim.account.key,
    apiToken: sim.account.token,
    // Back-off waits are real time; on a fast clock the platform's minute passes sooner.
    retry: { baseDelayMs: Math.max(10, Math.round(500 / speed)) },
  });
  const eventEndpoint = `grpc://${listener.grpc.address}`;
  const incoming = new IncomingCalls(listener);
  const platform: RunPlatform = {
    api,
    events: listener,
    eventEndpoint,
    clock: scaledClock(speed),
    incoming,
  };
  const runner = new Runner(platform);
  return {
    runner,
    platform,
    sim,
    listener,
    originalPhonebook: new Map(
      sim.control.phonebook().map((entry) => [entry.number, entry.persona]),
    ),
    registerExophone: (exophone) => {
      sim.control.registerExophone(exophone, eventEndpoint);
    },
    close: async () => {
      await runner.stopAll();
      incoming.close();
      await api.close();
      await sim.close();
      await listener.close();
    },
  };
}
