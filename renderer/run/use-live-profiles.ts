import { useCallback, useEffect, useState } from 'react';
import { useBackend } from '../ipc/backend-context';

/** A live profile as the run toolbar offers it. */
export interface LiveProfileOption {
  name: string;
  /** Whether a token is available; without one a run cannot start, and the picker says so. */
  tokenStored: boolean;
}

/**
 * The live profiles saved in Settings. Settings sends no notification when it changes, so the
 * list is read again when the window regains focus and whenever the picker is about to be used
 * (`refresh`): a profile saved a moment ago is there when the person opens the list.
 */
export function useLiveProfiles(): { profiles: LiveProfileOption[]; refresh: () => void } {
  const backend = useBackend();
  const [profiles, setProfiles] = useState<LiveProfileOption[]>([]);
  const refresh = useCallback(() => {
    backend.settings.get().then(
      (settings) =>
        setProfiles(
          settings.profiles.map(({ profile, tokenStored }) => ({
            name: profile.name,
            tokenStored,
          })),
        ),
      // Unreadable settings offer no live profile; the Simulator still runs.
      () => setProfiles([]),
    );
  }, [backend]);

  useEffect(() => {
    refresh();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  return { profiles, refresh };
}
