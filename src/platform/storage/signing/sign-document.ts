/** Storage's signing models (wire names as Altinn's). */

export interface Signee {
  readonly userId?: string;
  readonly systemUserId?: string;
  readonly personNumber?: string;
  readonly organisationNumber?: string;
}

export interface SignRequest {
  readonly signatureDocumentDataType: string;
  readonly generatedFromTask?: string;
  readonly dataElementSignatures: readonly { readonly dataElementId: string; readonly signed?: boolean }[];
  readonly signee?: Signee;
}

export interface SignDocument {
  readonly id: string;
  readonly instanceGuid: string;
  readonly signedTime: string;
  readonly signeeInfo: Signee;
  readonly dataElementSignatures: readonly {
    readonly dataElementId: string;
    /** Lower-case hex SHA-256 of the element's bytes. */
    readonly sha256Hash: string;
    readonly signed: boolean;
  }[];
}

/** Signees are the same when all four identifiers are (absent ones included). */
export function sameSignee(a: Signee | undefined, b: Signee | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const norm = (value: string | undefined) =>
    value === undefined || value === null ? undefined : String(value);
  return (
    norm(a.userId) === norm(b.userId) &&
    norm(a.systemUserId) === norm(b.systemUserId) &&
    norm(a.personNumber) === norm(b.personNumber) &&
    norm(a.organisationNumber) === norm(b.organisationNumber)
  );
}
