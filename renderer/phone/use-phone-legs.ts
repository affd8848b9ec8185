import { useCallback, useEffect, useState } from 'react';
import type { PhoneLeg } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { useRun } from '../run/run-context';

/** How often the phone asks the simulator for its legs while a run goes. */
const POLL_MS = 250;

/**
 * The simulator's live legs, for the virtual phone: polled while a run is going (the simulator
 * has no leg notification, and four requests a second are nothing on loopback), and once more
 * when it ends so hung-up legs leave the list.
 */
export function usePhoneLegs(): { legs: PhoneLeg[]; refresh: () => void } {
  const backend = useBackend();
  const phase = useRun((state) => state.live.phase);
  const [legs, setLegs] = useState<PhoneLeg[]>([]);
  const refresh = useCallback(() => {
    backend.phone.listLegs({ live: true }).then(
      (reply) => setLegs(reply.legs),
      () => setLegs([]),
    );
  }, [backend]);

  const going = phase === 'starting' || phase === 'running' || phase === 'paused';
  useEffect(() => {
    refresh();
    if (!going) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [going, refresh]);

  return { legs, refresh };
}
