import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits), URL-safe: it travels in a link's fragment. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256. A token is random and long, so no salt or stretching is needed. */
export function hashInvitationToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
