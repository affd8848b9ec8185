import { Volume2, VolumeX } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { BUILT_IN_VOICE, soundSettingsStore } from '../audio/sound-settings';
import { onSystemVoicesChanged, systemVoices } from '../audio/speech/system-speech';

/** The system's voices, kept current: Chromium lists them only after a moment. */
function useSystemVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(systemVoices);
  useEffect(() => onSystemVoicesChanged(() => setVoices(systemVoices())), []);
  return voices;
}

/** The speaker toggle, the volume and the voice Says are spoken with; remembered per machine. */
export function SoundControls() {
  const { enabled, volume, voice } = useStore(soundSettingsStore);
  const voices = useSystemVoices();
  const set = soundSettingsStore.setState;
  return (
    <div className="phone-sound__controls">
      <button
        type="button"
        className="phone-sound__toggle"
        aria-pressed={enabled}
        title={enabled ? 'Turn the call sound off' : 'Turn the call sound on'}
        onClick={() => set({ enabled: !enabled })}
      >
        {enabled ? (
          <Volume2 size={16} aria-hidden="true" focusable="false" />
        ) : (
          <VolumeX size={16} aria-hidden="true" focusable="false" />
        )}
        Sound
      </button>
      <input
        type="range"
        className="phone-sound__volume"
        aria-label="Volume"
        min={0}
        max={100}
        value={Math.round(volume * 100)}
        disabled={!enabled}
        onChange={(event) => set({ volume: Number(event.target.value) / 100 })}
      />
      <label className="phone-sound__voice">
        Voice
        <select value={voice} onChange={(event) => set({ voice: event.target.value })}>
          <option value={BUILT_IN_VOICE}>Built-in (eSpeak NG)</option>
          {voices.map((system) => (
            <option key={system.voiceURI} value={system.voiceURI}>
              {system.name} ({system.lang})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
