import { useCallback, useEffect, useState } from 'react';
import { useBackend } from '../ipc/backend-context';

/** A live profile as the run toolbar offers it. */
export interface LiveProfileOption {
  name: string;
  /** Whether a token is available; without one a run cannot start, and the picker says so. */
  tokenStored: boolean;
}

/** The live profiles saved in Settings, read again whenever settings change in any window. */
export function useLiveProfiles(): LiveProfileOption[] {
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
    return backend.on('settings.changed', refresh);
  }, [backend, refresh]);

  return profiles;
}
