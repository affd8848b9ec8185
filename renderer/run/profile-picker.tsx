import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useProfileChoice } from './run-profile-choice';
import { useLiveProfiles } from './use-live-profiles';

/**
 * The profile runs go on: the Simulator first (the default), then the live profiles saved in
 * Settings. Locked while a run goes, so a run's controls never act on another profile.
 */
export function ProfilePicker(props: { disabled: boolean }) {
  const profiles = useLiveProfiles();
  const { profile, choose } = useProfileChoice(
    useShallow((state) => ({ profile: state.profile, choose: state.choose })),
  );
  const known = profile === SIMULATOR_PROFILE || profiles.some((live) => live.name === profile);

  // A profile removed or renamed in Settings cannot be run on: fall back to the Simulator.
  useEffect(() => {
    if (!known && !props.disabled) choose(SIMULATOR_PROFILE);
  }, [known, props.disabled, choose]);

  return (
    <select
      className="run-toolbar__profile"
      aria-label="Profile"
      title="The profile runs go on: the Simulator, or a live account that rings real phones"
      value={known ? profile : SIMULATOR_PROFILE}
      data-live={profile === SIMULATOR_PROFILE ? undefined : 'true'}
      disabled={props.disabled}
      onChange={(event) => choose(event.target.value)}
    >
      <option value={SIMULATOR_PROFILE}>Simulator</option>
      {profiles.length > 0 && (
        <optgroup label="Live accounts: real phones ring">
          {profiles.map((live) => (
            <option key={live.name} value={live.name}>
              {live.tokenStored ? live.name : `${live.name} (no token)`}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
