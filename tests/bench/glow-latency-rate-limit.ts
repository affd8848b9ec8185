// Lifts the simulator's rate limit for the bench, as `legflow sim --rate-limit 0` does for the
// runner-load bench, and the API client's pacing under it. The app's Simulator profile keeps the
// platform's documented limit (100 requests a simulated minute) and createBackend offers no way
// to change it; 200 runs starting at once would then spend the burst waiting their turn instead
// of making events, and the pipeline from listener to glow is what is measured here, not the
// platform's quota.
import { RateGate } from '../../electron/legs-api/rate-gate';
import { RateLimiter } from '../../electron/simulator/api/rate-limiter';

/** Lets every request through until the function returned is called. */
export function liftSimulatorRateLimit(): () => void {
  const take = RateLimiter.prototype.take;
  const pass = RateGate.prototype.pass;
  if (typeof take !== 'function') throw new Error('The simulator has no RateLimiter.take any more');
  if (typeof pass !== 'function') throw new Error('The API client has no RateGate.pass any more');
  RateLimiter.prototype.take = () => undefined;
  RateGate.prototype.pass = () => Promise.resolve();
  return () => {
    RateLimiter.prototype.take = take;
    RateGate.prototype.pass = pass;
  };
}
