/** Altinn's party types, numeric as register v1 emits them. */
export const PartyType = {
  Person: 1,
  Organisation: 2,
  SelfIdentified: 3,
  SubUnit: 4,
  BankruptcyEstate: 5,
} as const;

export type PartyType = (typeof PartyType)[keyof typeof PartyType];

const BY_NAME: ReadonlyMap<string, PartyType> = new Map(
  Object.entries(PartyType).map(([name, value]) => [name.toLowerCase(), value]),
);

export function isPartyType(value: unknown): value is PartyType {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Accepts the number (`2`, `"2"`) or the name (`"Organisation"`, any case) of a party type. */
export function parsePartyType(value: unknown): PartyType | undefined {
  if (isPartyType(value)) return value;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^\d$/.test(trimmed)) {
    const number = Number(trimmed);
    return isPartyType(number) ? number : undefined;
  }
  return BY_NAME.get(trimmed.toLowerCase());
}
