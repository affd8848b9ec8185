import { useState } from 'react';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { attachCallAudio } from '../audio/attach-call-audio';
import type { CallAudio } from '../audio/attach-call-audio';
import { paceStore } from '../run/pace-store';
import { useRunStoreApi } from '../run/run-context';
import { useProfileChoiceApi } from '../run/run-profile-choice';

/**
 * This window's call audio, attached to its run store once (the app attaches it at its root, so
 * calls are heard whichever tab is open; the Phone tab gets the same one for its keypad).
 */
export function useCallAudio(): CallAudio {
  const runs = useRunStoreApi();
  const profile = useProfileChoiceApi();
  const [audio] = useState(() =>
    attachCallAudio(runs, {
      onSimulator: () => profile.getState().profile === SIMULATOR_PROFILE,
      liveSpeed: () => paceStore.getState().speed,
    }),
  );
  return audio;
}

/** Attaches the call audio to the window's run store: rendered once, at the app's root. */
export function CallAudioAttachment() {
  useCallAudio();
  return null;
}
