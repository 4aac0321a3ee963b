import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for a host session or the team server's admin token. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares in constant time (through digests, so lengths do not leak either). */
export function tokensEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
