import { createHash, randomBytes } from 'node:crypto';

export interface LockToken {
  /** The lock row's id. */
  readonly id: number;
  readonly secret: Buffer;
}

const SECRET_BYTES = 20;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function newLockSecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

export function hashLockSecret(secret: Buffer): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Altinn's token shape: base64url of `{"id": <lock id>, "secret": "<base64 of the secret>"}`. */
export function encodeLockToken(token: LockToken): string {
  const json = JSON.stringify({ id: token.id, secret: token.secret.toString('base64') });
  return Buffer.from(json, 'utf8').toString('base64url');
}

/** The token, or undefined when the text is not one. */
export function parseLockToken(text: string | undefined): LockToken | undefined {
  if (text === undefined || !/^[A-Za-z0-9_-]+={0,2}$/.test(text.trim())) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text.trim(), 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, secret } = parsed as { id?: unknown; secret?: unknown };
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
  if (typeof secret !== 'string' || !BASE64.test(secret)) return undefined;
  const bytes = Buffer.from(secret, 'base64');
  return bytes.length === 0 ? undefined : { id, secret: bytes };
}
