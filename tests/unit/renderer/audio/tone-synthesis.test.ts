import { describe, expect, it } from 'vitest';
import {
  DTMF_FREQUENCIES,
  DTMF_TONE_MS,
  dtmfTone,
  hangUpTone,
  holdMusicCycle,
  ringbackCycle,
} from '../../../../renderer/audio/tones/tone-synthesis';
import { goertzelPower, rms } from './goertzel';

const RATE = 8_000;
const ALL_DTMF = [697, 770, 852, 941, 1209, 1336, 1477];

describe('keypad tones', () => {
  it.each(Object.keys(DTMF_FREQUENCIES))(
    'key %s sounds its row and column frequencies only',
    (key) => {
      const tone = dtmfTone(key, RATE);
      expect(tone.length).toBe((DTMF_TONE_MS / 1000) * RATE);
      const [low, high] = DTMF_FREQUENCIES[key]!;
      const power = (frequency: number) => goertzelPower(tone, RATE, frequency);
      const others = ALL_DTMF.filter((frequency) => frequency !== low && frequency !== high);
      const loudestOther = Math.max(...others.map(power));
      expect(power(low)).toBeGreaterThan(loudestOther * 20);
      expect(power(high)).toBeGreaterThan(loudestOther * 20);
    },
  );

  it('refuses a key a phone does not have', () => {
    expect(() => dtmfTone('A', RATE)).toThrow(/not a keypad key/);
  });
});

describe('call-progress tones', () => {
  it('ring-back is 400 Hz, on for 0.4 s, off 0.2 s, on 0.4 s, then off for 2 s', () => {
    const cycle = ringbackCycle(RATE);
    expect(cycle.length).toBe(3 * RATE);
    const window = (fromS: number, toS: number) => cycle.subarray(fromS * RATE, toS * RATE);
    expect(rms(window(0.05, 0.35))).toBeGreaterThan(0.1);
    expect(rms(window(0.42, 0.58))).toBe(0);
    expect(rms(window(0.65, 0.95))).toBeGreaterThan(0.1);
    expect(rms(window(1.05, 3))).toBe(0);
    const on = window(0, 0.4);
    expect(goertzelPower(on, RATE, 400)).toBeGreaterThan(goertzelPower(on, RATE, 800) * 20);
  });

  it('the hang-up tone is short and audible, and hold music is gentle but not silent', () => {
    const hangUp = hangUpTone(RATE);
    expect(hangUp.length / RATE).toBeLessThan(1);
    expect(rms(hangUp)).toBeGreaterThan(0.05);
    const hold = holdMusicCycle(RATE);
    expect(rms(hold)).toBeGreaterThan(0.02);
    expect(Math.max(...hold.map(Math.abs))).toBeLessThan(0.5);
  });
});
