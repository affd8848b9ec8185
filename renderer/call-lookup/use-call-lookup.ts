import { useCallback, useRef, useState } from 'react';
import type { CallLegsView } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';

/** Where a lookup stands: nothing asked yet, asking, the call's legs, or why there are none. */
export type CallLookupState =
  | { status: 'idle' }
  | { status: 'looking'; callSid: string }
  | { status: 'found'; call: CallLegsView }
  | { status: 'failed'; callSid: string; message: string };

/**
 * Looks calls up on a profile through the backend. Only the latest lookup's answer is shown: one
 * that comes back after a newer lookup was started is dropped, so a slow reply never replaces
 * the answer to what the person asked last.
 */
export function useCallLookup() {
  const backend = useBackend();
  const [state, setState] = useState<CallLookupState>({ status: 'idle' });
  const latest = useRef(0);

  const lookUp = useCallback(
    (profile: string, callSid: string) => {
      const ask = ++latest.current;
      setState({ status: 'looking', callSid });
      backend.calls.lookUpLegs({ profile, callSid }).then(
        (reply) => {
          if (ask !== latest.current) return;
          setState(
            reply.found
              ? { status: 'found', call: reply.call }
              : { status: 'failed', callSid, message: reply.message },
          );
        },
        (error: unknown) => {
          if (ask !== latest.current) return;
          setState({ status: 'failed', callSid, message: (error as Error).message });
        },
      );
    },
    [backend],
  );

  return { state, lookUp };
}
