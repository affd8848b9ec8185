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
/** Every row and column frequency, as the app's table has them. */
const ALL_DTMF = [...new Set(Object.values(DTMF_FREQUENCIES).flat())];

/** The power of `frequency` in `key`'s tone, over the loudest of the other keypad frequencies. */
function powerOverOthers(key: string, frequency: number, pair: readonly number[]): number {
  const tone = dtmfTone(key, RATE);
  const others = ALL_DTMF.filter((other) => !pair.includes(other));
  const loudestOther = Math.max(...others.map((other) => goertzelPower(tone, RATE, other)));
  return goertzelPower(tone, RATE, frequency) / loudestOther;
}

describe('keypad tones', () => {
  // Written out here from ITU-T Q.23, not taken from the app's table, so a wrong table fails.
  it.each([
    ['1', 697, 1209],
    ['#', 941, 1477],
  ])('key %s is %i Hz with %i Hz, as the standard has it', (key, low, high) => {
    expect(DTMF_FREQUENCIES[key]).toEqual([low, high]);
    expect(powerOverOthers(key, low, [low, high])).toBeGreaterThan(20);
    expect(powerOverOthers(key, high, [low, high])).toBeGreaterThan(20);
  });

  it('lays the keys out as a phone does: each row shares a low tone, each column a high one', () => {
    const rows = ['123', '456', '789', '*0#'].map((row) => [...row]);
    expect(Object.keys(DTMF_FREQUENCIES).sort()).toEqual(rows.flat().sort());
    /** The one tone all of `keys` share, low (0) or high (1); fails if they differ. */
    const sharedTone = (keys: string[], side: 0 | 1) => {
      const tones = new Set(keys.map((key) => DTMF_FREQUENCIES[key]![side]));
      expect(tones.size, `${keys.join(' ')} share one tone`).toBe(1);
      return [...tones][0]!;
    };
    const rowTones = rows.map((row) => sharedTone(row, 0));
    const columns = [0, 1, 2].map((column) => rows.map((row) => row[column]!));
    const columnTones = columns.map((column) => sharedTone(column, 1));
    const rising = (tones: number[]) => tones.every((tone, i) => i === 0 || tone > tones[i - 1]!);
    expect(rising(rowTones), `rows ${rowTones}`).toBe(true);
    expect(rising(columnTones), `columns ${columnTones}`).toBe(true);
    // Every row tone is below every column tone: the low and high groups never meet.
    expect(rowTones.at(-1)!).toBeLessThan(columnTones[0]!);
  });

  it.each(Object.keys(DTMF_FREQUENCIES))(
    'key %s sounds its row and column frequencies only',
    (key) => {
      expect(dtmfTone(key, RATE).length).toBe((DTMF_TONE_MS / 1000) * RATE);
      const pair = DTMF_FREQUENCIES[key]!;
      for (const frequency of pair) {
        expect(powerOverOthers(key, frequency, pair), `${frequency} Hz`).toBeGreaterThan(20);
      }
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
