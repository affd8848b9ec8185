import type { SoundCue } from './cues/sound-cue';
import { nowPlayingStore, shortText } from './now-playing';
import { ensureAudioContext, outputSampleRate, playSamples } from './output/audio-output';
import { countStarted } from './output/audio-probe';
import type { PlayingSound } from './output/audio-output';
import { playUrl } from './output/url-audio';
import { soundSettingsStore, BUILT_IN_VOICE } from './sound-settings';
import { speakFitted } from './speech/speech-audio';
import { chooseSpeechLanguage } from './speech/speech-languages';
import { planSpeech, tooShortToHear } from './speech/rate-fit';
import { speakWithSystemVoice } from './speech/system-speech';
import {
  DTMF_FREQUENCIES,
  DTMF_TONE_MS,
  dtmfTone,
  hangUpTone,
  holdMusicCycle,
  ringbackCycle,
} from './tones/tone-synthesis';
import { madeOnce } from './tones/made-once';

/** Gap between the tones of several digits a run reports at once. */
const DIGIT_GAP_MS = 80;

/**
 * Carries out sound cues: one player per leg and kind (a leg hears one Say, one Play, its hold
 * music), ring-back while any leg rings, tones. The "Now playing" line follows the cues whether
 * or not the sound is on; nothing is started while it is off.
 */
export class CallSounds {
  private readonly playing = new Map<string, PlayingSound>();
  private readonly ringing = new Set<string>();
  private ring: PlayingSound | null = null;

  /** @param speed virtual ms per real ms of what is being heard (the simulator's or replay's pace). */
  constructor(private readonly speed: () => number) {}

  apply(cue: SoundCue): void {
    switch (cue.kind) {
      case 'speak':
        return this.speak(cue);
      case 'play-url':
        this.stopKey(`${cue.leg}:play`);
        this.show(`Playing: ${fileName(cue.url)}`);
        return this.startUrl(`${cue.leg}:play`, cue.url, { plays: cue.plays }, false);
      case 'hold-music':
        this.stopKey(`${cue.leg}:hold`);
        this.show('Hold music');
        if (cue.url) return this.startUrl(`${cue.leg}:hold`, cue.url, { loop: true }, true);
        return this.startGenerated(`${cue.leg}:hold`);
      case 'stop':
        this.stopKey(`${cue.leg}:${cue.what}`);
        return this.showQuiet();
      case 'ring':
        this.ringing.add(cue.leg);
        this.show('Ringing');
        return this.updateRing();
      case 'ring-stop':
        this.ringing.delete(cue.leg);
        this.updateRing();
        return this.showQuiet();
      case 'dtmf':
        return this.tones(cue.digits);
      case 'hang-up':
        for (const what of ['say', 'play', 'hold']) this.stopKey(`${cue.leg}:${what}`);
        this.ringing.delete(cue.leg);
        this.updateRing();
        this.show('Call ended');
        if (this.audible()) playTone(hangUpTone, 'hang-up');
        return;
      case 'stop-all':
        return this.stopAll();
    }
  }

  /** A key pressed on the Phone tab's keypad: its tone now. */
  keypad(key: string): void {
    ensureAudioContext();
    this.tones(key);
  }

  /**
   * Silences everything: the run ended (the line keeps its last words, such as "Call ended"), or
   * another run is shown, or replay jumped (`clearLine`).
   */
  stopAll(clearLine = false): void {
    for (const sound of this.playing.values()) sound.stop();
    this.playing.clear();
    this.ringing.clear();
    this.updateRing();
    if (clearLine) nowPlayingStore.setState({ line: '', note: '' });
  }

  /** The sound was turned off: every source stops; the line and the ringing legs are kept. */
  silence(): void {
    for (const sound of this.playing.values()) sound.stop();
    this.playing.clear();
    this.ring?.stop();
    this.ring = null;
  }

  /**
   * Makes the tones a call starts and ends with ahead of time, at the output's rate: made when
   * first heard, the ring-back took a 12 ms stall just as a run began (tests/bench/glow-latency).
   */
  prepare(): void {
    if (!this.audible()) return;
    madeOnce(ringbackCycle, outputSampleRate());
    madeOnce(hangUpTone, outputSampleRate());
  }

  /** The sound was turned on: ring-back resumes if a leg is still ringing. */
  resume(): void {
    this.updateRing();
  }

  private audible(): boolean {
    return soundSettingsStore.getState().enabled;
  }

  private show(line: string): void {
    nowPlayingStore.setState({ line });
  }

  /** After a stop: the line says what still sounds, or goes quiet. */
  private showQuiet(): void {
    if (this.ringing.size > 0) this.show('Ringing');
    else if ([...this.playing.keys()].some((key) => key.endsWith(':hold'))) this.show('Hold music');
    else if (this.playing.size === 0) this.show('');
  }

  private stopKey(key: string): void {
    this.playing.get(key)?.stop();
    this.playing.delete(key);
  }

  private speak(cue: Extract<SoundCue, { kind: 'speak' }>): void {
    const key = `${cue.leg}:say`;
    this.stopKey(key);
    const chosen = chooseSpeechLanguage(cue.language);
    const name = chosen.fellBack
      ? `English, no voice for ${String(cue.language)}`
      : chosen.language.name;
    const plan = planSpeech(cue.text, cue.loop, this.speed());
    if (tooShortToHear(plan)) {
      this.show(`Too fast to speak at this speed (${name}): ${shortText(cue.text)}`);
      return;
    }
    this.show(`Speaking (${name}): ${shortText(cue.text)}`);
    if (!this.audible() || !cue.text.trim()) return;
    const { voice, volume } = soundSettingsStore.getState();
    if (voice !== BUILT_IN_VOICE) {
      const system = speakWithSystemVoice(cue.text, cue.language, voice, plan, volume);
      if (system) {
        this.playing.set(key, system);
        // System speech does not go through the AudioContext; it counts all the same.
        countStarted('system-speech');
        return;
      }
    }
    this.playing.set(
      key,
      speakFitted(cue.text, chosen.espeakVoice, plan, (error) =>
        nowPlayingStore.setState({ note: `Speech is not heard: ${error.message}.` }),
      ),
    );
  }

  private startUrl(
    key: string,
    url: string,
    options: { plays?: number; loop?: boolean },
    hold: boolean,
  ): void {
    if (!this.audible()) return;
    const sound = playUrl(url, hold ? 'hold' : 'file', options, (reason) => {
      nowPlayingStore.setState({
        note: hold ? `${reason} Gentle hold music plays instead.` : reason,
      });
      if (hold && this.playing.get(key) === sound) this.startGenerated(key);
    });
    this.playing.set(key, sound);
  }

  private startGenerated(key: string): void {
    if (!this.audible()) return;
    const sound = playTone(holdMusicCycle, 'hold', { loop: true });
    if (sound) this.playing.set(key, sound);
  }

  private updateRing(): void {
    if (this.ringing.size > 0 && !this.ring && this.audible()) {
      this.ring = playTone(ringbackCycle, 'ring', { loop: true });
    } else if (this.ringing.size === 0 && this.ring) {
      this.ring.stop();
      this.ring = null;
    }
  }

  private tones(digits: string): void {
    const keys = [...digits].filter((key) => key in DTMF_FREQUENCIES);
    if (keys.length === 0) return;
    this.show(`Tone ${keys.join(' ')}`);
    if (!this.audible()) return;
    const rate = outputSampleRate();
    const step = Math.round(((DTMF_TONE_MS + DIGIT_GAP_MS) / 1000) * rate);
    const all = new Float32Array(step * keys.length);
    keys.forEach((key, index) => all.set(dtmfTone(key, rate), index * step));
    playSamples(all, rate, 'tone');
  }
}

/** The last part of a URL's path, for "Now playing". */
function fileName(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/^.*\//, '') || url;
}

/** Plays a tone that is the same every time, made once per output rate (made-once.ts). */
function playTone(
  make: (sampleRate: number) => Float32Array,
  kind: Parameters<typeof playSamples>[2],
  options?: { loop?: boolean },
): PlayingSound | null {
  const rate = outputSampleRate();
  return playSamples(madeOnce(make, rate), rate, kind, options);
}
