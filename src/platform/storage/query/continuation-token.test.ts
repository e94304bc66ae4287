import { describe, expect, it } from 'vitest';
import { decodeContinuationToken, encodeContinuationToken } from './continuation-token.ts';

const forged = (document: unknown) => Buffer.from(JSON.stringify(document)).toString('base64url');

describe('continuation tokens', () => {
  it('round-trips a position, microseconds included', () => {
    const cursor = { lastChanged: '2024-04-01T00:00:00.123456Z', id: 987654321 };
    const token = encodeContinuationToken(cursor);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeContinuationToken(token)).toEqual(cursor);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('1;2').toString('base64url')],
    ['a list', forged([1, 2])],
    ['another version', forged({ v: 2, t: '2024-01-01T00:00:00.000000Z', i: 1 })],
    ['a non-canonical time', forged({ v: 1, t: '2024-01-01T00:00:00Z', i: 1 })],
    ['an impossible date', forged({ v: 1, t: '2024-02-30T00:00:00.000000Z', i: 1 })],
    ['a fractional id', forged({ v: 1, t: '2024-01-01T00:00:00.000000Z', i: 1.5 })],
    ['a zero id', forged({ v: 1, t: '2024-01-01T00:00:00.000000Z', i: 0 })],
    ['a string id', forged({ v: 1, t: '2024-01-01T00:00:00.000000Z', i: '1' })],
    ['a huge token', 'A'.repeat(500)],
  ])('refuses %s with 400', (_name, token) => {
    expect(() => decodeContinuationToken(token)).toThrow(/continuationToken/);
  });
});
