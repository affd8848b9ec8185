import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Runner } from '../../../electron/runner';
import { RunService } from '../../../electron/run-service/run-service';
import type { TargetSpec } from '../../../electron/run-service/run-targets';
import type { RunTarget } from '../../../electron/scenario/run-target';
import { EnvSecretStore } from '../../../electron/settings/secret-store';
import type { LiveProfile, Settings } from '../../../electron/settings/settings-schema';
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
  region: 'custom',
  baseUrl: 'http://127.0.0.1:1',
  accountSid: 'AC1',
  apiKey: 'key1',
  listener: { host: '127.0.0.1', port: 0 },
};

/**
 * A RunService over fake targets (FakePlatform runners) and settings held in memory: what it
 * opens is recorded, nothing touches the network. `eventEndpoint` is where the fake targets say
 * the platform sends events.
 */
export function fakeRunService(options: {
  settings?: Partial<Settings>;
  env?: NodeJS.ProcessEnv;
  simSpeed?: number;
  eventEndpoint?: string;
  failOpen?: (spec: TargetSpec) => Error | undefined;
}) {
  const settings: Settings = {
    format: 'legflow.settings',
    version: 1,
    profiles: [],
    ...options.settings,
  };
  const opened: OpenedTarget[] = [];
  const service = new RunService({
    logFolder: mkdtempSync(join(tmpdir(), 'legflow-run-service-')),
    readSettings: async () => structuredClone(settings),
    secrets: new EnvSecretStore(options.env ?? {}),
    simulator: options.simSpeed === undefined ? {} : { speed: options.simSpeed },
    openTarget: async (spec) => {
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
  return { service, settings, opened };
}
