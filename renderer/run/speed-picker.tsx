import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { PACE_SPEEDS } from '../../shared/ipc/pace-contract';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { paceStore } from './pace-store';
import { useProfileChoice } from './run-profile-choice';

/** `0.5×`, `20×`. */
export function speedLabel(speed: number): string {
  return `${speed}×`;
}

/** Why the speed can or cannot be changed now, as its tooltip says. */
function speedTitle(live: boolean, adjustable: boolean): string {
  if (live) return 'Live calls go at real time: the speed is the Simulator’s.';
  if (!adjustable) return 'This simulator runs on exact time: it skips every wait by itself.';
  return 'How fast the Simulator’s time runs, also for a run going on. Settings keeps the speed the app starts at.';
}

/**
 * The Simulator's speed: 0.5× to 20×, changed at once for a run going on (its virtual time so
 * far is kept) and for the runs after it. Disabled, saying why, on a live profile.
 */
export function SpeedPicker() {
  const backend = useBackend();
  const designer = useDesignerStoreApi();
  const profile = useProfileChoice((state) => state.profile);
  const { speed, adjustable } = useStore(
    paceStore,
    useShallow((state) => ({ speed: state.speed, adjustable: state.adjustable })),
  );
  const live = profile !== SIMULATOR_PROFILE;
  // A speed saved in Settings that the list lacks (3×) is offered too, in its place.
  const speeds = [...new Set<number>([...PACE_SPEEDS, speed])].sort((a, b) => a - b);
  const title = speedTitle(live, adjustable);

  const choose = (value: number) =>
    backend.pace.setSpeed({ speed: value }).then(
      (message) => paceStore.getState().received(message),
      (error: unknown) => designer.getState().notify((error as Error).message, 'refusal'),
    );

  return (
    // The title is on a wrapper: a disabled control shows no tooltip of its own.
    <span className="run-pace__speed-box" title={title}>
      <select
        className="run-pace__speed"
        aria-label="Speed"
        value={String(speed)}
        disabled={live || !adjustable}
        onChange={(event) => void choose(Number(event.target.value))}
      >
        {speeds.map((value) => (
          <option key={value} value={String(value)}>
            {speedLabel(value)}
          </option>
        ))}
      </select>
    </span>
  );
}
