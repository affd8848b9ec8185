import { describe, expect, it } from 'vitest';
import {
  ESPEAK_RATE,
  fitRate,
  planSpeech,
  tooShortToHear,
} from '../../../../renderer/audio/speech/rate-fit';
import {
  chooseSpeechLanguage,
  chooseSystemVoice,
} from '../../../../renderer/audio/speech/speech-languages';
import { sayDurationMs } from '../../../../shared/media/audio-timing';

describe('fitting speech to the simulator', () => {
  it("lasts the simulator's Say duration divided by the pace, per play", () => {
    const text = 'Welcome to Acme.';
    const plan = planSpeech(text, 2, 5);
    expect(plan.plays).toBe(3);
    expect(plan.onceMs * plan.plays).toBeCloseTo(sayDurationMs(text, 2) / 5);
    expect(planSpeech(text, undefined, 0).onceMs).toBe(sayDurationMs(text));
  });

  it('does not speak a Say the pace makes too short to carry a word', () => {
    const text = 'Welcome to Acme.';
    expect(tooShortToHear(planSpeech(text, undefined, 1))).toBe(false);
    expect(tooShortToHear(planSpeech(text, undefined, 5))).toBe(false);
    // About 1.3 s of speech at 20× is 65 ms: a click, not a word.
    expect(tooShortToHear(planSpeech(text, undefined, 20))).toBe(true);
  });

  it('speeds speech up or slows it down to fit, within what is intelligible', () => {
    expect(fitRate(2_000, 1_000, ESPEAK_RATE)).toBe(350);
    expect(fitRate(2_000, 4_000, ESPEAK_RATE)).toBe(87.5);
    expect(fitRate(2_000, 100, ESPEAK_RATE)).toBe(ESPEAK_RATE.max);
    expect(fitRate(2_000, 60_000, ESPEAK_RATE)).toBe(ESPEAK_RATE.min);
    expect(fitRate(0, 1_000, ESPEAK_RATE)).toBe(ESPEAK_RATE.normal);
  });
});

describe('choosing a voice for a language', () => {
  it.each([
    ['hi', 'hi', 'Hindi'],
    ['hi-IN', 'hi', 'Hindi'],
    ['TA', 'ta', 'Tamil'],
    ['en-US', 'en-us', 'English'],
    ['en-IN', 'en', 'English'],
    [undefined, 'en', 'English'],
  ])('%s is spoken by eSpeak voice %s (%s)', (language, voice, name) => {
    expect(chooseSpeechLanguage(language)).toEqual({
      language: expect.objectContaining({ name }),
      espeakVoice: voice,
      fellBack: false,
    });
  });

  it('speaks a language it lacks in English, and says so', () => {
    expect(chooseSpeechLanguage('xx-YY')).toMatchObject({ espeakVoice: 'en', fellBack: true });
  });

  it('picks a system voice by exact tag, then by language, honouring the chosen one', () => {
    const voices = [
      { name: 'Google US English', lang: 'en-US', voiceURI: 'us' },
      { name: 'Rishi', lang: 'en-IN', voiceURI: 'in' },
      { name: 'Lekha', lang: 'hi-IN', voiceURI: 'hi' },
    ];
    expect(chooseSystemVoice(voices, 'en-IN')?.voiceURI).toBe('in');
    expect(chooseSystemVoice(voices, 'en')?.voiceURI).toBe('us');
    expect(chooseSystemVoice(voices, 'en', 'in')?.voiceURI).toBe('in');
    expect(chooseSystemVoice(voices, 'hi', 'us')?.voiceURI).toBe('hi');
    expect(chooseSystemVoice(voices, 'ta')).toBeUndefined();
  });
});
