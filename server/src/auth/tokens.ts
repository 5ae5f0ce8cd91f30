/** Unguessable tokens (256 bits) and the hashes we store instead of them. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
  return randomUUID();
}
