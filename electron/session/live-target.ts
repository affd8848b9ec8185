import type { RunTarget } from '../scenario/run-target';
import type { LiveProfile } from '../settings/settings-schema';
import { startLiveSession } from './live-session';

/** A scripted party cannot be imposed on a real phone; a scenario that tries is refused. */
export class LiveScenarioError extends Error {}

/** A live account as a run target: real phones answer, and real callers call in. */
export async function liveTarget(profile: LiveProfile, apiToken: string): Promise<RunTarget> {
  const session = await startLiveSession(profile, apiToken);
  return {
    kind: 'live',
    runner: session.runner,
    platform: session.platform,
    // The ExoPhone's event endpoint is set in the Exotel dashboard, not from here.
    registerExophone: () => {},
    useParties: (parties) => {
      if (Object.keys(parties).length > 0) {
        throw new LiveScenarioError(
          'This scenario scripts its callers ("parties"), which only the simulator can play; a live run dials real phones.',
        );
      }
    },
    close: () => session.close(),
  };
}
