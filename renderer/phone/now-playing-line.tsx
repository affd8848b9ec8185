import { useStore } from 'zustand';
import { nowPlayingStore } from '../audio/now-playing';

/**
 * What the call sounds like now, in words ("Speaking (Hindi): नमस्ते…", "Tone 5", "Ringing"):
 * always shown, so a demo with the sound off still tells the story. Announced politely.
 */
export function NowPlayingLine() {
  const { line, note } = useStore(nowPlayingStore);
  return (
    <div className="phone-sound__status">
      <p className="phone-sound__now" role="status" aria-live="polite" aria-label="Now playing">
        <span className="phone-sound__label">Now playing</span>
        <span className="phone-sound__line">{line || 'Nothing'}</span>
      </p>
      {note && (
        <p className="phone-sound__note" role="note">
          {note}{' '}
          <button
            type="button"
            className="phone-sound__dismiss"
            onClick={() => nowPlayingStore.setState({ note: '' })}
          >
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
