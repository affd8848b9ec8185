import { describe, expect, it } from 'vitest';
import { simReorderWindowMs } from '../../../electron/session/sim-session';
import { NO_FAULTS } from '../../../electron/simulator/faults/fault-spec';

describe("the listener's reorder window on the simulator", () => {
  it('is nothing when the simulator sends each leg in order, at any speed', () => {
    expect(simReorderWindowMs(1)).toBe(0);
    expect(simReorderWindowMs(50, 'drop=0.1,dup=0.1')).toBe(0);
    expect(simReorderWindowMs(1, { ...NO_FAULTS, latencyMs: { min: 10, max: 20 } })).toBe(0);
  });

  it('holds events for 75 real ms (at least 5) when faults shuffle them', () => {
    expect(simReorderWindowMs(1, 'reorder=0.2')).toBe(75);
    expect(simReorderWindowMs(5, 'reorder=0.2')).toBe(15);
    expect(simReorderWindowMs(100, { ...NO_FAULTS, reorder: 0.5 })).toBe(5);
  });
});
