import { createHash, timingSafeEqual } from 'node:crypto';

/** User name and password the platform sends with Basic auth, when the account sets them. */
export interface BasicAuthCredentials {
  username: string;
  password: string;
}

/**
 * Whether an `Authorization` header carries exactly these credentials. It compares digests, so
 * the time taken says nothing about how much of a guess was right.
 */
export function hasBasicAuth(header: string | undefined, expected: BasicAuthCredentials): boolean {
  const given = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (given === undefined) return false;
  const wanted = Buffer.from(`${expected.username}:${expected.password}`).toString('base64');
  return timingSafeEqual(digest(given), digest(wanted));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
