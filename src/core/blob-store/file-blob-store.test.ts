import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobNotFoundError, BlobTooLargeError } from './blob-store.ts';
import { FileBlobStore } from './file-blob-store.ts';

function chunks(count: number, size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      this.push(sent++ < count ? Buffer.alloc(size, sent % 256) : null);
    },
  });
}

describe('FileBlobStore', () => {
  let root: string;
  let store: FileBlobStore;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-blobs-'));
    store = new FileBlobStore(root);
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('streams content in, measuring size and SHA-256 as it writes', async () => {
    const content = 'hello, blob store';
    const stored = await store.write('ttd/app/one', Readable.from([Buffer.from(content)]));
    expect(stored).toEqual({
      key: 'ttd/app/one',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    expect(await text(await store.read('ttd/app/one'))).toBe(content);
    expect(await store.exists('ttd/app/one')).toBe(true);
  });

  it('writes many chunks without holding them together', async () => {
    const stored = await store.write('big', chunks(64, 64 * 1024));
    expect(stored.size).toBe(64 * 64 * 1024);
    expect((await fs.stat(path.join(root, 'big'))).size).toBe(stored.size);
  });

  it('reads a byte range, inclusive at both ends', async () => {
    await store.write('range', Readable.from([Buffer.from('0123456789')]));
    expect(await text(await store.read('range', { start: 2, end: 5 }))).toBe('2345');
  });

  it('refuses content over the limit and leaves nothing behind', async () => {
    await expect(store.write('too/big', chunks(10, 1024), { maxBytes: 4096 })).rejects.toBeInstanceOf(
      BlobTooLargeError,
    );
    expect(await store.exists('too/big')).toBe(false);
    expect(await fs.readdir(path.join(root, 'too'))).toEqual([]);
  });

  it('leaves nothing behind when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.write('broken', failing)).rejects.toThrow('client went away');
    expect(await fs.readdir(root)).toEqual([]);
  });

  it('deletes, and reports a missing blob', async () => {
    await store.write('gone', Readable.from([Buffer.from('x')]));
    await store.delete('gone');
    await store.delete('gone');
    expect(await store.exists('gone')).toBe(false);
    await expect(store.read('gone')).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('refuses keys that could leave its root', async () => {
    for (const key of ['../escape', '/abs', 'a/../../b', 'a//b', '']) {
      await expect(store.write(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(/Unsafe blob key/);
    }
  });
});
