import type { StoreApi } from 'zustand';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import type { RunUpdateMessage } from '../../shared/ipc';
import type { RunStore } from '../run/run-store';
import { CallSounds } from './call-sounds';
import { NO_CUES, cuesOf, keyPressedHere } from './cues/sound-cues';
import type { CueState } from './cues/sound-cues';
import { updateOfEntry } from './cues/timeline-updates';
import { setOutputVolume, unlockOnFirstGesture } from './output/audio-output';
import { exposeAudioProbe } from './output/audio-probe';
import { BUILT_IN_VOICE, soundSettingsStore } from './sound-settings';
import { warmUpSpeech } from './speech/espeak-client';

/** What the Phone tab asks of the call audio. */
export interface CallAudio {
  /** A key pressed on the keypad for the leg `legSid`: its tone, now. */
  keypad(key: string, legSid: string): void;
}

/** Where the call audio learns what it needs that the run store does not say. */
export interface CallAudioSources {
  /** Whether runs go on the Simulator: only its calls are heard. */
  onSimulator(): boolean;
  /** The Simulator session's pace, virtual ms per real ms. */
  liveSpeed(): number;
}

const attached = new WeakMap<StoreApi<RunStore>, CallAudio>();

/**
 * Loads the built-in speech engine in the background when it will be used: the sound is on and
 * the built-in voice is chosen. Called when the Phone tab shows or a Simulator run starts, so
 * the app's start does not pay for 25 MB of voices nobody may hear.
 */
export function warmUpSpeechIfUsed(): void {
  const { enabled, voice } = soundSettingsStore.getState();
  if (enabled && voice === BUILT_IN_VOICE) warmUpSpeech();
}

/**
 * Makes a window's calls audible: follows the shown run in `runs` (the live run's updates as
 * they come; a replay's only while it plays forward) through the event-to-sound mapping to
 * the sounds. Attached once per run store, and stays attached: sound goes on while other dock
 * tabs are shown.
 */
export function attachCallAudio(runs: StoreApi<RunStore>, sources: CallAudioSources): CallAudio {
  const existing = attached.get(runs);
  if (existing) return existing;

  let speed = sources.liveSpeed;
  const sounds = new CallSounds(() => speed());
  let cues: CueState = NO_CUES;
  let liveRun: string | null = null;
  let liveSeen = 0;
  let liveEnded = false;
  let replayOf: readonly RunUpdateMessage[] | null = null;
  let replayAt = 0;
  let replayPlaying = false;

  const feed = (updates: readonly RunUpdateMessage[], audible: boolean) => {
    for (const update of updates) {
      const step = cuesOf(cues, update);
      cues = step.state;
      if (audible) step.cues.forEach((cue) => sounds.apply(cue));
    }
  };
  const reset = (clearLine = true) => {
    sounds.stopAll(clearLine);
    cues = NO_CUES;
  };

  const follow = (state: RunStore) => {
    const replay = state.replay;
    if (replay) {
      if (liveRun !== null) {
        reset();
        liveRun = null;
      }
      // Forward while playing, including the last step to the end, which also stops the playing.
      const reachedEnd = replayPlaying && replay.position === replay.updates.length;
      const forward =
        (replay.playing || reachedEnd) && replay.updates === replayOf && replay.position > replayAt;
      if (forward) {
        speed = () => replay.speed;
        feed(
          replay.updates.slice(replayAt, replay.position),
          replay.summary.profile === SIMULATOR_PROFILE,
        );
      } else if (replay.updates !== replayOf || replay.position !== replayAt) {
        // Opened or scrubbed: silence, and know what was going on at the new place.
        reset();
        feed(replay.updates.slice(0, replay.position), false);
      }
      replayPlaying = replay.playing;
      replayOf = replay.updates;
      replayAt = replay.position;
      return;
    }
    if (replayOf) {
      reset();
      replayOf = null;
      replayPlaying = false;
      liveRun = null;
    }
    speed = sources.liveSpeed;
    const live = state.live;
    if (live.runId !== liveRun) {
      reset();
      liveRun = live.runId;
      // Its first Say is a moment away: load the speech engine now, not at the app's start.
      if (live.runId !== null && sources.onSimulator()) warmUpSpeechIfUsed();
      liveSeen = 0;
      // A run that had ended before it was first seen here is over: nothing of it is heard.
      liveEnded = live.finished !== null;
      if (liveEnded) liveSeen = live.timeline.length;
    }
    if (live.runId === null) return;
    const fresh = live.timeline.slice(liveSeen).map(updateOfEntry);
    liveSeen = live.timeline.length;
    feed(fresh, sources.onSimulator());
    if (live.finished && !liveEnded) {
      liveEnded = true;
      reset(false);
    }
  };

  exposeAudioProbe();
  // Once the output's rate is known, and while nothing else is going on.
  unlockOnFirstGesture(() => whenIdle(() => sounds.prepare()));
  setOutputVolume(soundSettingsStore.getState().volume);
  soundSettingsStore.subscribe((settings, before) => {
    if (settings.volume !== before.volume) setOutputVolume(settings.volume);
    if (settings.enabled !== before.enabled) {
      if (settings.enabled) {
        sounds.resume();
        whenIdle(() => sounds.prepare());
      } else sounds.silence();
    }
  });
  follow(runs.getState());
  runs.subscribe(follow);

  const audio: CallAudio = {
    keypad(key, legSid) {
      cues = keyPressedHere(cues, legSid);
      sounds.keypad(key);
    },
  };
  attached.set(runs, audio);
  return audio;
}

/** Runs `task` when the window has nothing else to do (soon, where idle callbacks are missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}
