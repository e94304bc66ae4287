import type { AppRef } from './app-id.ts';
import { appIdOf } from './app-id.ts';
import type { Application } from './application-model.ts';
import { deepFreeze } from './json-document.ts';

interface Entry {
  readonly application: Application | undefined;
  readonly expiresAt: number;
}

const MAX_ENTRIES = 10_000;

/**
 * A short per-node cache of app metadata, misses included. This node's own writes invalidate it;
 * another node's writes show after at most `ttlMs`. Cached documents are frozen and shared.
 */
export class ApplicationCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation, so a load that raced with a write is not cached. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The cached value, or `load`'s (then cached) when there is none or it has expired. */
  async get(ref: AppRef, load: () => Promise<Application | undefined>): Promise<Application | undefined> {
    const key = appIdOf(ref);
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.expiresAt > this.clock()) return entry.application;
    const generation = this.generation;
    const application = await load();
    if (application !== undefined) deepFreeze(application);
    if (generation === this.generation && this.ttlMs > 0) {
      if (this.entries.size >= MAX_ENTRIES) this.evictExpired();
      this.entries.set(key, { application, expiresAt: this.clock() + this.ttlMs });
    }
    return application;
  }

  invalidate(ref: AppRef): void {
    this.generation += 1;
    this.entries.delete(appIdOf(ref));
  }

  private evictExpired(): void {
    const now = this.clock();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}
