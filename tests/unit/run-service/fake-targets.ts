import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Runner } from '../../../electron/runner';
import { RunService } from '../../../electron/run-service/run-service';
import type { TargetSpec } from '../../../electron/run-service/run-targets';
import type { RunTarget } from '../../../electron/scenario/run-target';
import type { ReachProbes } from '../../../electron/settings/event-endpoint';
import { EnvSecretStore } from '../../../electron/settings/secret-store';
import type { LiveProfile, Settings } from '../../../electron/settings/settings-schema';
import type { SimulatorControl } from '../../../electron/simulator';
import { FakePlatform } from '../runner/fake-platform';

/** A target opened by the fake factory: what it was opened with, and whether it was closed. */
export interface OpenedTarget {
  spec: TargetSpec;
  target: RunTarget;
  platform: FakePlatform;
  closed: boolean;
}

export const STAGING: LiveProfile = {
  name: 'staging',
  // Out on the internet, as Exotel's is: a platform that cannot reach this machine's addresses.
  region: 'custom',
  baseUrl: 'https://legs.example.invalid',
  accountSid: 'AC1',
  apiKey: 'key1',
  listener: { host: '127.0.0.1', port: 0 },
};

/** Reach probes that touch no network: each host resolves as the map says, and `answers` decides. */
export function fakeProbes(
  addresses: Record<string, string[]>,
  answers: (host: string, port: number) => boolean,
): ReachProbes & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolve: async (host) => {
      const found = addresses[host];
      if (!found) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
      return found;
    },
    connects: async (host, port) => {
      asked.push(`${host}:${port}`);
      return answers(host, port);
    },
  };
}

/**
 * A RunService over fake targets (FakePlatform runners) and settings held in memory: what it
 * opens is recorded, nothing touches the network. `eventEndpoint` is where the fake targets say
 * the platform sends events; `beforeOpen` may hold an open up (a slow listener); `probes` stand in for
 * the network when a plan checks a public event endpoint.
 */
export function fakeRunService(options: {
  settings?: Partial<Settings>;
  env?: NodeJS.ProcessEnv;
  simSpeed?: number;
  eventEndpoint?: string;
  failOpen?: (spec: TargetSpec) => Error | undefined;
  beforeOpen?: (spec: TargetSpec) => Promise<void>;
  probes?: ReachProbes;
  /** Gives the simulator target a virtual phone (an empty stand-in: only its identity counts). */
  withPhone?: boolean;
}) {
  const settings: Settings = {
    format: 'legflow.settings',
    version: 1,
    profiles: [],
    ...options.settings,
  };
  const opened: OpenedTarget[] = [];
  // How often the settings file was read: asking for the open virtual phone should not read it.
  const reads = { count: 0 };
  const service = new RunService({
    logFolder: mkdtempSync(join(tmpdir(), 'legflow-run-service-')),
    readSettings: async () => {
      reads.count += 1;
      return structuredClone(settings);
    },
    secrets: new EnvSecretStore(options.env ?? {}),
    simulator: options.simSpeed === undefined ? {} : { speed: options.simSpeed },
    ...(options.probes && { probes: options.probes }),
    openTarget: async (spec) => {
      await options.beforeOpen?.(spec);
      const failure = options.failOpen?.(spec);
      if (failure) throw failure;
      const platform = new FakePlatform();
      if (options.eventEndpoint) {
        Object.assign(platform, { eventEndpoint: options.eventEndpoint });
      }
      const entry: OpenedTarget = {
        spec,
        platform,
        closed: false,
        target: {
          kind: spec.kind,
          runner: new Runner(platform),
          platform,
          ...(options.withPhone &&
            spec.kind === 'simulator' && { simulator: {} as SimulatorControl }),
          registerExophone: () => {},
          useParties: () => {},
          close: async () => {
            entry.closed = true;
          },
        },
      };
      opened.push(entry);
      return entry.target;
    },
  });
  return { service, settings, opened, reads };
}
