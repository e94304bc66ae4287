import { badRequest } from '../../../core/errors.ts';

export const OWNER_IDENTIFIER_HEADER = 'X-Ai-InstanceOwnerIdentifier';

export type OwnerIdentifier =
  | { readonly kind: 'person'; readonly ssn: string }
  | { readonly kind: 'organisation'; readonly orgNumber: string };

/** `Person:<11 digits>` or `Organisation:<9 digits>`, without regard to case or spaces, as Altinn reads it. */
export function parseOwnerIdentifier(header: string): OwnerIdentifier {
  const compact = header.replace(/\s+/g, '');
  const match = /^(person|organisation):(\d+)$/i.exec(compact);
  const kind = match?.[1]?.toLowerCase();
  const number = match?.[2] ?? '';
  if (kind === 'person' && number.length === 11) return { kind: 'person', ssn: number };
  if (kind === 'organisation' && number.length === 9) return { kind: 'organisation', orgNumber: number };
  throw badRequest(
    'invalid_instance_owner_identifier',
    `${OWNER_IDENTIFIER_HEADER} must be Person:<11 digits> or Organisation:<9 digits>`,
    { parameter: OWNER_IDENTIFIER_HEADER },
  );
}
