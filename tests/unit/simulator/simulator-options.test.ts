import { describe, expect, it } from 'vitest';
import { parseSimulatorOptions } from '../../../electron/simulator/simulator-options';

const NONE = { http500: 0, http429: 0, latencyMs: { min: 0, max: 0 }, drop: 0, dup: 0, reorder: 0 };

describe('simulator options', () => {
  it('take every fault as an object as well as --faults text, the v3 and enqueue ones too', () => {
    const faults = { ...NONE, v3LegsNotFound: 0.5, v3LegDetailsError: 0.25, enqueue: 1 };
    expect(parseSimulatorOptions({ faults }).faults).toEqual(faults);
  });

  it('name each bad field in one error', () => {
    expect(() => parseSimulatorOptions({ faults: { ...NONE, enqueue: 2 }, port: -1 })).toThrow(
      /port: .*; faults/,
    );
  });

  it('want a control token long enough not to be guessed', () => {
    expect(() => parseSimulatorOptions({ controlToken: 'short' })).toThrow(/controlToken/);
  });
});
