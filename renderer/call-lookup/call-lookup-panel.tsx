import './call-lookup.css';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { callSidSchema, SIMULATOR_PROFILE } from '../../shared/ipc';
import { useProfileChoice } from '../run/run-profile-choice';
import { useLiveProfiles } from '../run/use-live-profiles';
import { CallLegsTable } from './call-legs-table';
import { useCallLookup } from './use-call-lookup';

/**
 * "Look up a call": the legs of one call on the live profile chosen in the run toolbar, by
 * side, with each leg's name, number, status, times and group (v3 call legs). The Simulator
 * profile has no v3 host to ask, so there the form says what to choose instead.
 */
export function CallLookupPanel() {
  const profile = useProfileChoice((state) => state.profile);
  const live = useLiveProfiles().find((option) => option.name === profile);
  const { state, lookUp } = useCallLookup();
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const checked = callSidSchema.safeParse(typed);
  const problem = typed.trim() && !checked.success ? checked.error.issues[0]?.message : undefined;
  const usable = profile !== SIMULATOR_PROFILE && live !== undefined;
  const looking = state.status === 'looking';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (usable && checked.success && !looking) lookUp(profile, checked.data);
  };

  return (
    <div className="call-lookup" aria-busy={looking}>
      <form className="call-lookup__form" aria-label="Look up a call" onSubmit={submit}>
        <label htmlFor={inputId}>Call sid</label>
        <input
          id={inputId}
          className="call-lookup__sid"
          value={typed}
          placeholder="e.g. f1ca1057692d586b23b4e7ffcc3216mk"
          spellCheck={false}
          autoComplete="off"
          disabled={!usable}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" disabled={!usable || !checked.success || looking}>
          {looking ? 'Looking up…' : 'Look up'}
        </button>
        {usable && (
          <span className="call-lookup__profile">
            on “{profile}”{live.tokenStored ? '' : ' (no token)'}
          </span>
        )}
        {problem && (
          <span id={`${inputId}-problem`} className="call-lookup__problem">
            {problem}
          </span>
        )}
      </form>
      {!usable && (
        <p className="call-lookup__note" role="note">
          Looking up a call needs a live profile: choose one in the toolbar’s profile picker (add
          one in Settings). To try it without an account, run <code>legflow sim</code> and add a
          profile with a custom base URL pointing at it.
        </p>
      )}
      {usable && state.status === 'idle' && (
        <p className="call-lookup__note">
          Enter the Call Sid that Click to Call returned to see the call’s legs on “{profile}”.
        </p>
      )}
      {state.status === 'failed' && (
        <p className="call-lookup__failure" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'found' && <CallLegsTable call={state.call} />}
    </div>
  );
}
