const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Whether a key is relative, has no empty segments and cannot climb out of a store's root or prefix. */
export function isSafeBlobKey(key: string): boolean {
  return SAFE_KEY.test(key) && !key.includes('..');
}

export function assertSafeBlobKey(key: string): void {
  if (!isSafeBlobKey(key)) throw new Error(`Unsafe blob key: ${key}`);
}
