import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobNotFoundError, type BlobStore, BlobTooLargeError } from './blob-store.ts';

/** A store under test, and a way to see everything it left behind in its backing storage. */
export interface ContractSubject {
  readonly store: BlobStore;
  /** Everything stored or half-stored: files, objects, unfinished uploads. */
  leftovers(): Promise<string[]>;
  dispose(): Promise<void>;
}

const MiB = 1024 * 1024;

/** `count` chunks of `size` bytes, made as they are read. */
export function chunks(count: number, size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      sent += 1;
      this.push(sent <= count ? Buffer.alloc(size, sent % 256) : null);
    },
  });
}

/** Sends `bytes` bytes, then fails as a client that went away would. */
export function failingAfter(bytes: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) {
        this.destroy(new Error('client went away'));
        return;
      }
      const size = Math.min(64 * 1024, bytes - sent);
      sent += size;
      this.push(Buffer.alloc(size, 7));
    },
  });
}

function sha256Of(...parts: Buffer[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

function bytes(content: string): Readable {
  return Readable.from([Buffer.from(content)]);
}

/** The behaviour every BlobStore shares, run once per implementation. */
export function describeBlobStoreContract(name: string, subject: () => Promise<ContractSubject>): void {
  describe(`${name} (BlobStore contract)`, () => {
    let current: ContractSubject;
    let store: BlobStore;
    beforeEach(async () => {
      current = await subject();
      store = current.store;
    });
    afterEach(async () => {
      await current.dispose();
    });

    it('streams content in, measuring size and SHA-256 as it writes', async () => {
      const content = 'hello, blob store';
      const stored = await store.write('ttd/app/one', bytes(content));
      expect(stored).toEqual({
        key: 'ttd/app/one',
        size: content.length,
        sha256: sha256Of(Buffer.from(content)),
      });
      expect(await text(await store.read('ttd/app/one'))).toBe(content);
      expect(await store.exists('ttd/app/one')).toBe(true);
    });

    it('stores empty content', async () => {
      expect(await store.write('empty', Readable.from([]))).toEqual({
        key: 'empty',
        size: 0,
        sha256: sha256Of(),
      });
      expect(await text(await store.read('empty'))).toBe('');
    });

    it('writes content of many parts and reads back the same bytes', async () => {
      const stored = await store.write('big', chunks(200, 64 * 1024));
      const expected = Array.from({ length: 200 }, (_, index) => Buffer.alloc(64 * 1024, (index + 1) % 256));
      expect(stored).toEqual({ key: 'big', size: 200 * 64 * 1024, sha256: sha256Of(...expected) });
      const read = createHash('sha256');
      let size = 0;
      for await (const chunk of await store.read('big')) {
        read.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      expect({ size, sha256: read.digest('hex') }).toEqual({ size: stored.size, sha256: stored.sha256 });
    });

    it('reads a byte range, inclusive at both ends', async () => {
      await store.write('range', bytes('0123456789'));
      expect(await text(await store.read('range', { start: 2, end: 5 }))).toBe('2345');
      expect(await text(await store.read('range', { start: 0, end: 1 }))).toBe('01');
      expect(await text(await store.read('range', { start: 9, end: 9 }))).toBe('9');
      expect(await text(await store.read('range', { start: 7, end: 100 }))).toBe('789');
      expect(await text(await store.read('range', { start: 20, end: 30 }))).toBe('');
    });

    it('refuses a range that ends before it starts', async () => {
      await store.write('range', bytes('0123456789'));
      await expect(store.read('range', { start: 5, end: 2 })).rejects.toBeInstanceOf(RangeError);
    });

    it('replaces content written again under the same key', async () => {
      await store.write('again', bytes('first'));
      await store.write('again', bytes('second'));
      expect(await text(await store.read('again'))).toBe('second');
    });

    it('refuses content over the limit and leaves nothing behind', async () => {
      await expect(store.write('too/big', chunks(10, 1024), { maxBytes: 4096 })).rejects.toBeInstanceOf(
        BlobTooLargeError,
      );
      expect(await store.exists('too/big')).toBe(false);
      expect(await current.leftovers()).toEqual([]);
    });

    it('refuses content over the limit after several parts and leaves nothing behind', async () => {
      await expect(store.write('too/big', chunks(300, 64 * 1024), { maxBytes: 16 * MiB })).rejects.toThrow(
        BlobTooLargeError,
      );
      expect(await current.leftovers()).toEqual([]);
    });

    it('accepts content of exactly the limit', async () => {
      expect((await store.write('limit', chunks(4, 1024), { maxBytes: 4096 })).size).toBe(4096);
    });

    it('leaves nothing behind when the source stream fails', async () => {
      await expect(store.write('broken', failingAfter(1024))).rejects.toThrow('client went away');
      await expect(store.write('broken-later/one', failingAfter(12 * MiB))).rejects.toThrow(
        'client went away',
      );
      expect(await store.exists('broken')).toBe(false);
      expect(await current.leftovers()).toEqual([]);
    });

    it('keeps the earlier content when a write to its key fails', async () => {
      await store.write('kept', bytes('earlier'));
      await expect(store.write('kept', failingAfter(12 * MiB))).rejects.toThrow('client went away');
      expect(await text(await store.read('kept'))).toBe('earlier');
    });

    it('deletes idempotently, and reports a missing blob', async () => {
      await store.write('gone', bytes('x'));
      await store.delete('gone');
      await store.delete('gone');
      await store.delete('never/there');
      expect(await store.exists('gone')).toBe(false);
      await expect(store.read('gone')).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.read('gone', { start: 0, end: 1 })).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await current.leftovers()).toEqual([]);
    });

    it('refuses keys that could leave its root', async () => {
      for (const key of ['../escape', '/abs', 'a/../../b', 'a//b', 'a/', '', 'a/./b', '..']) {
        await expect(store.write(key, bytes('x'))).rejects.toThrow(/Unsafe blob key/);
        await expect(store.read(key)).rejects.toThrow(/Unsafe blob key/);
        await expect(store.delete(key)).rejects.toThrow(/Unsafe blob key/);
        expect(await store.exists(key)).toBe(false);
      }
      expect(await current.leftovers()).toEqual([]);
    });
  });
}
