import { useCallback, useEffect, useRef, useState } from 'react';
import type { PhoneLeg } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { useRun } from '../run/run-context';
import { isUnderway } from '../run/run-view';

/**
 * A slow look while a run goes, for what no run update announces (a call placed from the phone
 * to an ExoPhone no run listens on, a persona hanging up a leg the run no longer watches).
 */
const FALLBACK_POLL_MS = 1_000;

/**
 * The simulator's live legs, for the virtual phone. The simulator has no leg notification, but
 * every change the phone shows (ringing, answered, listening for keys, hung up) comes with an API
 * call or a leg event of the run, so the list is read again whenever the run's updates advance
 * (at most once a frame: the run store is batched per frame), and once more when it ends.
 */
export function usePhoneLegs(): { legs: PhoneLeg[]; refresh: () => void } {
  const backend = useBackend();
  const phase = useRun((state) => state.live.phase);
  const updates = useRun((state) => state.live.count);
  const [legs, setLegs] = useState<PhoneLeg[]>([]);
  // One request at a time: asks made while one is out are folded into a single one after it,
  // so a burst of run updates costs one or two reads, not one a frame.
  const reading = useRef<'idle' | 'busy' | 'again'>('idle');
  const refresh = useCallback(() => {
    if (reading.current !== 'idle') {
      reading.current = 'again';
      return;
    }
    reading.current = 'busy';
    const done = () => {
      const again = reading.current === 'again';
      reading.current = 'idle';
      if (again) refresh();
    };
    backend.phone.listLegs({ live: true }).then(
      (reply) => {
        setLegs(reply.legs);
        done();
      },
      () => {
        setLegs([]);
        done();
      },
    );
  }, [backend]);

  useEffect(refresh, [refresh, updates, phase]);
  const going = isUnderway(phase);
  useEffect(() => {
    if (!going) return;
    const timer = setInterval(refresh, FALLBACK_POLL_MS);
    return () => clearInterval(timer);
  }, [going, refresh]);

  return { legs, refresh };
}
