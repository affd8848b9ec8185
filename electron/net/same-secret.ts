import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a secret given in a request is the expected one, compared in constant time (of equal-
 * length digests), so a reply's timing does not tell how much of a guess was right.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
