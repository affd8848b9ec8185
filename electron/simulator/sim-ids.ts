import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Random bytes drawn in batches: every event needs a sid, and one `randomBytes` call per sid was
 * the simulator's single largest cost under load.
 */
const pool = { bytes: Buffer.alloc(0), at: 0 };

function take(count: number): Buffer {
  if (pool.at + count > pool.bytes.length) {
    pool.bytes = randomBytes(Math.max(8_192, count));
    pool.at = 0;
  }
  pool.at += count;
  return pool.bytes.subarray(pool.at - count, pool.at);
}

/** `length` random letters and digits. */
function randomAlphanumeric(length: number): string {
  let out = '';
  // 256 is not a multiple of 62, so the first letters are very slightly likelier; for ids, fine.
  for (const byte of take(length)) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * A platform-style sid: 32 characters ending in `00000`, like the reference's
 * `2QYATxQ9t4UKcUwcqJClSa9OEZ400000`. Used for legs, bridges, events, actions and recordings.
 */
export function newSid(): string {
  return `${randomAlphanumeric(27)}00000`;
}

/** A reply's `request_id`: 32 lower-case hex digits, like `811b113c561a4d35bd8520112eb629f7`. */
export function newRequestId(): string {
  return take(16).toString('hex');
}

/** Credentials for an account the caller did not name: a short sid, a key and a token. */
export function newAccount(): { sid: string; key: string; token: string } {
  return {
    sid: `legflowsim${randomInt(100, 1000)}`,
    key: randomBytes(16).toString('hex'),
    token: randomBytes(16).toString('hex'),
  };
}
