import { randomInt } from 'node:crypto';
import pg from 'pg';

/**
 * This process as a writer of pending blobs. Each process has a key, written on its pending rows; the
 * sweeper asks which keys belong to running processes and leaves their rows (uploads in progress) alone.
 */
export interface UploadNode {
  readonly key: number;
  /** The subset of `keys` whose processes are running. */
  alive(keys: readonly number[]): Promise<Set<number>>;
  close(): Promise<void>;
}

const MAX_KEY = 2 ** 31 - 1;

/** The embedded database admits one process at a time, so every other key is a process that has ended. */
export function embeddedUploadNode(): UploadNode {
  const key = randomInt(1, MAX_KEY);
  return {
    key,
    alive: async (keys) => new Set(keys.filter((candidate) => candidate === key)),
    close: async () => {},
  };
}

/** Advisory lock class of upload nodes ("tinn" in ASCII); the second half of the lock key is the node key. */
const LOCK_CLASS = 0x74696e6e;

/**
 * On a PostgreSQL server a node holds a session advisory lock on a connection of its own for as long as
 * it runs. PostgreSQL drops the lock the moment that connection goes (the process exits or is killed), so
 * a node is alive exactly while its lock is held. Needs session-level locks: not through a transaction pooler.
 */
export async function serverUploadNode(url: string, onError: (error: Error) => void): Promise<UploadNode> {
  let client: pg.Client | undefined;
  let closed = false;
  let key = 0;

  async function connect(preferredKey?: number): Promise<void> {
    const next = new pg.Client({ connectionString: url, application_name: 'tinn-upload-node' });
    next.on('error', (error) => {
      onError(error);
      if (client === next) client = undefined;
      if (!closed) setTimeout(() => void connect(key).catch(onError), 1000).unref();
    });
    await next.connect();
    for (let attempt = 0; ; attempt += 1) {
      const candidate = attempt === 0 && preferredKey !== undefined ? preferredKey : randomInt(1, MAX_KEY);
      const result = await next.query<{ locked: boolean }>('select pg_try_advisory_lock($1, $2) as locked', [
        LOCK_CLASS,
        candidate,
      ]);
      if (result.rows[0]?.locked) {
        key = candidate;
        break;
      }
    }
    client = next;
  }

  await connect();
  return {
    get key() {
      return key;
    },
    async alive(keys) {
      if (keys.length === 0) return new Set();
      const active = client;
      // Without its own lock this node cannot tell others apart from itself; it claims nothing.
      if (active === undefined) return new Set(keys);
      const result = await active.query<{ key: number }>(
        `select objid::bigint::integer as key from pg_locks
          where locktype = 'advisory' and granted and objsubid = 2 and classid = $1::bigint::oid
            and database = (select oid from pg_database where datname = current_database())`,
        [LOCK_CLASS],
      );
      const held = new Set(result.rows.map((row) => Number(row.key)));
      return new Set(keys.filter((candidate) => held.has(candidate)));
    },
    async close() {
      closed = true;
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}
