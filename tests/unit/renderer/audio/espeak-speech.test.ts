import createESpeak from '@echogarden/espeak-ng-emscripten';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEspeak } from '../../../../renderer/audio/speech/espeak-synth';
import type { EspeakSynth } from '../../../../renderer/audio/speech/espeak-synth';
import { ESPEAK_RATE } from '../../../../renderer/audio/speech/rate-fit';
import {
  chooseSpeechLanguage,
  SPEECH_LANGUAGES,
} from '../../../../renderer/audio/speech/speech-languages';
import { rms } from './goertzel';

/** Quieter than this is silence (speech from eSpeak NG sits near 0.08–0.12). */
const SILENCE_RMS = 0.01;

let engine: EspeakSynth;
beforeAll(async () => {
  // Offline, in Node: the package's WebAssembly and its voice data file, nothing fetched.
  engine = await loadEspeak(createESpeak);
}, 30_000);

const seconds = (speech: { samples: Int16Array; sampleRate: number }) =>
  speech.samples.length / speech.sampleRate;

describe('the built-in speech engine', () => {
  it('speaks a Hindi Say to samples that are not silence', () => {
    const { espeakVoice } = chooseSpeechLanguage('hi-IN');
    const speech = engine.speak({
      text: 'नमस्ते, आपका स्वागत है',
      voice: espeakVoice,
      rate: ESPEAK_RATE.normal,
    });
    expect(rms(speech.samples)).toBeGreaterThan(SILENCE_RMS);
    // Six words of Hindi at a normal pace: about one to four seconds.
    expect(seconds(speech)).toBeGreaterThan(0.8);
    expect(seconds(speech)).toBeLessThan(5);
  });

  it('speaks English, and longer text takes longer', () => {
    const voice = chooseSpeechLanguage('en').espeakVoice;
    const short = engine.speak({ text: 'Welcome.', voice, rate: ESPEAK_RATE.normal });
    const long = engine.speak({
      text: 'Welcome to Acme. Calls are answered in the order they arrive.',
      voice,
      rate: ESPEAK_RATE.normal,
    });
    expect(rms(long.samples)).toBeGreaterThan(SILENCE_RMS);
    expect(seconds(long)).toBeGreaterThan(2);
    expect(seconds(long)).toBeGreaterThan(seconds(short) * 2);
  });

  it('speaks faster at a higher rate, which is how speech is fitted to the pace', () => {
    const request = { text: 'For sales, press 2.', voice: 'en' };
    const normal = engine.speak({ ...request, rate: ESPEAK_RATE.normal });
    const fast = engine.speak({ ...request, rate: ESPEAK_RATE.max });
    expect(seconds(fast)).toBeLessThan(seconds(normal) * 0.7);
  });

  it('has a voice for every language it offers', () => {
    for (const language of SPEECH_LANGUAGES) {
      const speech = engine.speak({
        text: '1 2 3',
        voice: language.espeakVoice,
        rate: ESPEAK_RATE.normal,
      });
      expect(rms(speech.samples), language.name).toBeGreaterThan(SILENCE_RMS);
    }
  });

  it('refuses a voice it does not have', () => {
    expect(() => engine.speak({ text: 'x', voice: 'tlh', rate: ESPEAK_RATE.normal })).toThrow(
      /no voice "tlh"/,
    );
  });
});
