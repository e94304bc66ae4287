import type { Kysely } from 'kysely';
import type { BlobStore } from '../../../core/blob-store/index.ts';
import type { Config } from '../../../core/config.ts';
import type { DataElement } from '../instances/instance.ts';
import type { InstanceAuthorizer } from '../instances/instance-authorizer.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { fileBlobLeftovers, NO_LEFTOVERS } from './blob-leftovers.ts';
import { BlobStaging } from './blob-staging.ts';
import { DataAccess } from './data-access.ts';
import { type DataDb, DataElementRepository } from './data-element-repository.ts';
import { DataElementService } from './data-element-service.ts';
import { DataUploadService } from './data-upload-service.ts';
import { ElementCommit } from './element-commit.ts';
import { PendingBlobRepository } from './pending-blob-repository.ts';
import { embeddedUploadNode, serverUploadNode, type UploadNode } from './upload-node.ts';
import { UploadSweeper } from './upload-sweeper.ts';

export interface DataStorageOptions {
  readonly db: Kysely<unknown>;
  readonly config: Pick<Config, 'databaseUrl' | 'blobStore'>;
  readonly blobs: BlobStore;
  readonly instances: InstanceService;
  readonly authorizer: InstanceAuthorizer;
  readonly log: { warn(details: object, message: string): void };
  /** How often a node looks for abandoned uploads after the sweep at start; 0 turns it off. */
  readonly sweepIntervalMs?: number;
}

export interface DataStorage {
  readonly db: DataDb;
  readonly blobs: BlobStore;
  readonly instances: InstanceService;
  readonly access: DataAccess;
  readonly staging: BlobStaging;
  readonly commit: ElementCommit;
  readonly elements: DataElementService;
  readonly uploads: DataUploadService;
  readonly sweeper: UploadSweeper;
  readonly node: UploadNode;
  /** Removes the bytes of elements whose rows another service deleted (best effort, after its commit). */
  removeContent(elements: readonly DataElement[]): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Data element services over the blob store, and this node's upload sweeper: it runs once before this
 * returns (removing what a crashed process left), then every `sweepIntervalMs`.
 */
export async function buildDataStorage(options: DataStorageOptions): Promise<DataStorage> {
  const db = options.db as unknown as DataDb;
  const { blobs, instances, authorizer, log } = options;
  const node =
    options.config.databaseUrl === undefined
      ? embeddedUploadNode()
      : await serverUploadNode(options.config.databaseUrl, (error) =>
          log.warn({ err: error }, 'upload node connection failed'),
        );
  const blobStore = options.config.blobStore;
  const leftovers = blobStore.kind === 'file' ? fileBlobLeftovers(blobStore.root) : NO_LEFTOVERS;
  const pending = new PendingBlobRepository();
  const elementRows = new DataElementRepository();
  const staging = new BlobStaging({
    db,
    blobs,
    pending,
    node,
    leftovers,
    onCleanupError: (error, blobKey) =>
      log.warn({ err: error, blobKey }, 'blob cleanup failed; the sweeper will retry'),
  });
  const access = new DataAccess(instances, authorizer);
  const commit = new ElementCommit({ db, instances, elements: elementRows, staging });
  const sweeper = new UploadSweeper({ db, blobs, pending, node, leftovers });
  try {
    await sweeper.sweep();
  } catch (error) {
    await node.close();
    throw error;
  }
  const interval = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
  const timer =
    interval > 0
      ? setInterval(() => {
          sweeper.sweep().catch((error: unknown) => log.warn({ err: error }, 'upload sweep failed'));
        }, interval).unref()
      : undefined;
  return {
    db,
    blobs,
    instances,
    access,
    staging,
    commit,
    elements: new DataElementService({
      db,
      instances,
      authorizer,
      access,
      elements: elementRows,
      blobs,
      commit,
    }),
    uploads: new DataUploadService({ instances, access, staging, commit }),
    sweeper,
    node,
    async removeContent(elements) {
      for (const element of elements) {
        if (element.blobStoragePath !== undefined) await staging.discard(element.blobStoragePath);
      }
    },
    async close() {
      if (timer !== undefined) clearInterval(timer);
      await node.close();
    },
  };
}
