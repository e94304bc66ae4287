/** A system user: a vendor system's identity acting for one organisation. */
export interface SystemUserRecord {
  readonly systemUserId: string;
  readonly systemId: string;
  readonly systemName: string;
  /** The organisation the system user acts for. */
  readonly orgNumber: string;
  /** Actions its generated policy permits (read, write, sign, …). */
  readonly actions: readonly string[];
}
