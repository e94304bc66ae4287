import type { ProfileService } from '../../profile/index.ts';

const MAX_ENTRIES = 50_000;

/**
 * A user's own party id never changes, so it is safe to remember per node. Bounded: the oldest entry
 * goes when the cache is full.
 */
export class OwnPartyCache {
  private readonly entries = new Map<number, number>();

  constructor(private readonly profile: ProfileService) {}

  async ownPartyOf(userId: number): Promise<number | undefined> {
    const cached = this.entries.get(userId);
    if (cached !== undefined) return cached;
    const partyId = (await this.profile.findUserEntry({ userId }))?.record.partyId;
    if (partyId === undefined) return undefined;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(userId, partyId);
    return partyId;
  }
}
