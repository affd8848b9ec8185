import { randomBytes } from 'node:crypto';
import { createLegsApiClient } from '../legs-api';
import { silentListenerLogger, startListener } from '../listener';
import type { LegEventListener, ListenerLogger } from '../listener';
import { IncomingCalls, Runner } from '../runner';
import type { RunPlatform } from '../runner';
import { startSimulator } from '../simulator';
import { SimClock } from '../simulator/clock/sim-clock';
import type { ClockPace } from '../simulator/clock/sim-clock';
import { resolveFaults } from '../simulator/start-simulator';
import type { Persona, RunningSimulator, SimulatorOptions } from '../simulator';
import { newAccount } from '../simulator/sim-ids';
import { apiClockOf, listenerClockOf, seededRunIds, sessionStartMs } from './session-clock';

/**
 * The name an exact session's listener goes by: the simulator resolves it to the real address
 * (its `hosts` option), so the endpoint the runner sends is the same on every run.
 */
const EXACT_LISTENER = 'listener.legflow:9001';

/** The address an exact session's recording URLs name, for the same reason. */
const EXACT_SIMULATOR_URL = 'http://simulator.legflow';

/** A fixed account sid for exact runs; the key and token stay random, as secrets should. */
function exactAccount() {
  return { ...newAccount(), sid: 'legflowsim100' };
}

/** The simulator profile, running: the simulator, our listener, an API client and a runner. */
export interface SimSession {
  runner: Runner;
  platform: RunPlatform;
  sim: RunningSimulator;
  listener: LegEventListener;
  /** The one virtual clock the simulator, the runner, the API client and the listener share. */
  clock: SimClock;
  /** The personas the phonebook had at the start, by number, to restore between scenarios. */
  originalPhonebook: ReadonlyMap<string, Persona>;
  /** Sends the ExoPhone's incoming calls to this session's listener. */
  registerExophone(exophone: string): void;
  /** Stops every run (hanging up its legs), then the simulator and the listener. */
  close(): Promise<void>;
}

export interface SimSessionOptions {
  /** How time moves (see ClockPace): a speed for watching, `instant` for exact runs. */
  speed?: ClockPace;
  /** Seeds ids, faults and back-off jitter: the same seed and inputs give the same run. */
  seed?: number;
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
export function simReorderWindowMs(speed: ClockPace, faults?: SimulatorOptions['faults']): number {
  let reorder = 0;
  try {
    reorder = resolveFaults(faults).reorder;
  } catch {
    // A fault text that does not parse is refused by the simulator itself, just after.
  }
  if (reorder === 0) return 0;
  // Off a paced clock the window is virtual time: a full one costs nothing.
  return typeof speed === 'number' ? Math.max(5, Math.round(75 / speed)) : 75;
}

/**
 * Starts everything a run on the simulator needs, on free loopback ports: one call, no set-up.
 * The same composition serves `legflow run --sim` and the app's Simulator profile.
 */
export async function startSimSession(options: SimSessionOptions = {}): Promise<SimSession> {
  const speed = options.speed ?? 1;
  const { seed } = options;
  const clock = new SimClock(speed, sessionStartMs(speed));
  // An exact run prints the same bytes every time: nothing in it may name a free port or a
  // random account.
  const exact = typeof speed !== 'number';
  const reorderWindowMs = simReorderWindowMs(speed, options.faults);
  let listener: LegEventListener;
  try {
    listener = await startListener(
      { port: 0, reorderWindowMs },
      {
        logger: options.listenerLogger ?? silentListenerLogger,
        // Paced, events arrive in real time and the reorder window is real time too (see
        // simReorderWindowMs); exact, the listener holds the session's clock like everything else.
        ...(exact ? { clock: listenerClockOf(clock) } : {}),
      },
    );
  } catch (error) {
    clock.close();
    throw error;
  }
  let sim: RunningSimulator;
  try {
    sim = await startSimulator({
      clock,
      // The session drives its simulator in process; over HTTP nothing else may (see controlToken).
      controlToken: randomBytes(24).toString('base64url'),
      ...(seed !== undefined ? { seed } : {}),
      ...(exact
        ? {
            account: exactAccount(),
            hosts: { [EXACT_LISTENER]: listener.grpc.address },
            recordingsBaseUrl: EXACT_SIMULATOR_URL,
          }
        : {}),
      ...(options.faults !== undefined ? { faults: options.faults } : {}),
      ...(options.personas !== undefined ? { personas: options.personas } : {}),
      ...(options.phonebook !== undefined ? { phonebook: options.phonebook } : {}),
      ...(options.rateLimitPerMinute !== undefined
        ? { rateLimitPerMinute: options.rateLimitPerMinute }
        : {}),
    });
  } catch (error) {
    clock.close();
    await listener.close();
    throw error;
  }
  const api = createLegsApiClient({
    baseUrl: sim.baseUrl,
    accountSid: sim.account.sid,
    apiKey: sim.account.key,
    apiToken: sim.account.token,
    // Back-offs, Retry-After and the client's pacing all wait on the session's clock (see
    // apiClockOf), so they keep the platform's minute at any speed, also one changed mid-run.
    clock: apiClockOf(clock, seed),
    // The simulator's limit is known: keep under it rather than run into it.
    ...(sim.rateLimitPerMinute > 0 ? { paceRequestsPerMinute: sim.rateLimitPerMinute } : {}),
  });
  const eventEndpoint = `grpc://${exact ? EXACT_LISTENER : listener.grpc.address}`;
  const incoming = new IncomingCalls(listener);
  const platform: RunPlatform = {
    api,
    events: listener,
    eventEndpoint,
    clock,
    incoming,
  };
  const runner = new Runner(platform, seededRunIds(clock, seed));
  return {
    runner,
    platform,
    sim,
    listener,
    clock,
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
