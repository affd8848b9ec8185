// What the glow benches run: the flows, the simulator's speed, the window and the targets,
// shared by the app's bench (glow-latency.ts) and its floor (glow-latency-floor.ts).
import { simReorderWindowMs } from '../../electron/session/sim-session';
import { sayChainFlow } from '../fixtures/say-chain-flow';

/**
 * The simulator's speed: 35× real time, so a Say of 1 s (simulated) lights its node for 29 ms.
 * The listener's reorder window shrinks with the speed but never below 5 ms (sim-session.ts);
 * at real speed it is 75 ms, which alone is more than the steady target.
 */
export const SPEED = 35;
// What the app's simulator session uses: nothing held, the simulator sends each leg in order.
export const REORDER_WINDOW_MS = simReorderWindowMs(SPEED);
/**
 * Two events per Say, one Say every ≈ 40 ms (29 ms of speech and the round trip): ≈ 50 a
 * second. A chain, not a loop: the runner stops a run that goes round a loop ten times.
 */
export const STEADY = sayChainFlow({ name: 'glow-steady', says: 250, text: 'Tick.', columns: 18 });
/** Each run: call (3 events), 3 Says of 2.8 s simulated ≈ 80 ms (6), hang-up (1): 10 events. */
export const BURST = sayChainFlow({
  name: 'glow-burst',
  says: 3,
  text: 'Thank you for calling; please stay on the line.',
  columns: 5,
});
export const BURST_RUNS = 200;
/** Issue #17's steady-phase targets: most glows in the very next frame, nearly all by the second. */
export const STEADY_FRAMES = { p95Frames: 2, firstFramePercent: 85 };
export const BURST_ROUNDS = 5;
/** Large enough for the steady flow's 252 nodes to be drawn at once (see openFlow). */
export const VIEWPORT = { width: 1920, height: 1080 };
