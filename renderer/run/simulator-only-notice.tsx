import './run.css';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useProfileChoice } from './run-profile-choice';

/**
 * Said in the virtual phone while runs go on a live profile: the phone's legs, keypad and
 * Call in are the simulator's, and real calls are made and answered on real phones.
 */
export function SimulatorOnlyNotice() {
  const profile = useProfileChoice((state) => state.profile);
  if (profile === SIMULATOR_PROFILE) return null;
  return (
    <p className="simulator-only-notice" role="note">
      <strong>Simulator only.</strong> Runs now go on the live profile “{profile}”: its calls ring
      real phones, so answer and press keys there. This phone, its keypad and Call in act on the
      Simulator, not on “{profile}”.
    </p>
  );
}
