import { randomBytes, randomInt } from 'node:crypto';
import { seededUint32 } from './seeded-random';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Fills a fresh buffer of `size` bytes: from node:crypto, or from a seeded generator. */
type Refill = (size: number) => Buffer;

/**
 * Bytes drawn in batches: every event needs a sid, and one `randomBytes` call per sid was the
 * simulator's single largest cost under load. A seeded source batches the same way; what it gives
 * depends only on how many bytes were taken before, so the ids still repeat.
 */
class BytePool {
  private bytes: Buffer = Buffer.alloc(0);
  private at = 0;

  constructor(private readonly refill: Refill) {}

  take(count: number): Buffer {
    if (this.at + count > this.bytes.length) {
      this.bytes = this.refill(Math.max(8_192, count));
      this.at = 0;
    }
    this.at += count;
    return this.bytes.subarray(this.at - count, this.at);
  }
}

/** A refill from mulberry32 words (see seeded-random.ts). */
function seededRefill(seed: number): Refill {
  const next = seededUint32(seed);
  return (size) => {
    const bytes = Buffer.alloc(Math.ceil(size / 4) * 4);
    for (let offset = 0; offset < bytes.length; offset += 4) bytes.writeUInt32LE(next(), offset);
    return bytes;
  };
}

/**
 * Where one simulator's sids and request ids come from. One per simulator, never shared: tests
 * run several simulators in one process, and a seeded run must not see another's draws.
 */
export interface SimIds {
  /**
   * A platform-style sid: 32 characters ending in `00000`, like the reference's
   * `2QYATxQ9t4UKcUwcqJClSa9OEZ400000`. Used for legs, bridges, events, actions and recordings.
   */
  sid(): string;
  /** A reply's `request_id`: 32 lower-case hex digits, like `811b113c561a4d35bd8520112eb629f7`. */
  requestId(): string;
}

class PooledSimIds implements SimIds {
  private readonly pool: BytePool;

  constructor(refill: Refill) {
    this.pool = new BytePool(refill);
  }

  sid(): string {
    let out = '';
    // 256 is not a multiple of 62, so the first letters are very slightly likelier; for ids, fine.
    for (const byte of this.pool.take(27)) out += ALPHABET[byte % ALPHABET.length];
    return `${out}00000`;
  }

  requestId(): string {
    return this.pool.take(16).toString('hex');
  }
}

/**
 * The ids of one simulator. With a `seed` (only its low 32 bits count) the same calls give the
 * same ids, byte for byte, so a run can be replayed; without one they are crypto-random.
 */
export function createSimIds(seed?: number): SimIds {
  return new PooledSimIds(seed === undefined ? (size) => randomBytes(size) : seededRefill(seed));
}

/**
 * Credentials for an account the caller did not name: a short sid, a key and a token. Always
 * crypto-random, even in a seeded run: a seed must not make a guessable API token.
 */
export function newAccount(): { sid: string; key: string; token: string } {
  return {
    sid: `legflowsim${randomInt(100, 1000)}`,
    key: randomBytes(16).toString('hex'),
    token: randomBytes(16).toString('hex'),
  };
}
