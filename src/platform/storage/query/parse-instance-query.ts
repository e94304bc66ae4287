import { badRequest } from '../../../core/errors.ts';
import { decodeContinuationToken } from './continuation-token.ts';
import { parseDateRange } from './date-range.ts';
import type { InstanceFilters, InstanceQuery, SortOrder } from './instance-query.ts';

/** Page size when none is given, as in Altinn. */
export const DEFAULT_PAGE_SIZE = 100;
/** Altinn has no upper bound; Tinn answers at most this many per page (a larger size is lowered to it). */
export const MAX_PAGE_SIZE = 1000;

export type RawQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

const PARTY_ID_MAX = 2_147_483_647;

function invalid(parameter: string, detail: string): never {
  throw badRequest('invalid_query_parameter', `${parameter} ${detail}`, { parameter });
}

function many(query: RawQuery, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  const values = typeof value === 'string' ? [value] : [...value];
  // PostgreSQL text cannot hold NUL; refusing it here keeps it from becoming a database error.
  if (values.some((item) => item.includes('\u0000'))) invalid(name, 'must not contain NUL characters');
  return values;
}

function single(query: RawQuery, name: string): string | undefined {
  const values = many(query, name);
  if (values.length > 1) invalid(name, 'may be given only once');
  return values[0];
}

function text(query: RawQuery, name: string): string | undefined {
  const value = single(query, name)?.trim();
  return value === '' ? undefined : value;
}

function boolean(query: RawQuery, name: string): boolean | undefined {
  const value = text(query, name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return invalid(name, `must be true or false, got "${value}"`);
}

function partyId(query: RawQuery): number | undefined {
  const name = 'instanceOwner.partyId';
  const value = text(query, name);
  if (value === undefined) return undefined;
  const parsed = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed >= 1 && parsed <= PARTY_ID_MAX)) invalid(name, `must be a party id, got "${value}"`);
  return parsed;
}

function appId(query: RawQuery): string | undefined {
  const value = text(query, 'appId')?.toLowerCase();
  if (value !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(value))
    invalid('appId', `must be "org/app", got "${value}"`);
  return value;
}

function size(query: RawQuery): number {
  const value = text(query, 'size');
  if (value === undefined) return DEFAULT_PAGE_SIZE;
  const parsed = /^\d{1,9}$/.test(value) ? Number(value) : 0;
  if (parsed < 1) invalid('size', `must be a whole number of at least 1, got "${value}"`);
  return Math.min(parsed, MAX_PAGE_SIZE);
}

function order(query: RawQuery): SortOrder {
  const value = text(query, 'order')?.toLowerCase();
  if (value === undefined || value === 'desc:lastchanged' || value === 'desc') return 'desc';
  if (value === 'asc:lastchanged' || value === 'asc') return 'asc';
  return invalid('order', `must be desc:lastChanged or asc:lastChanged, got "${value}"`);
}

function guidSuffixes(query: RawQuery): string[] {
  const suffixes: string[] = [];
  const archiveReference = text(query, 'archiveReference')?.toLowerCase();
  if (archiveReference !== undefined) {
    if (!/^[0-9a-f-]{1,36}$/.test(archiveReference)) {
      invalid('archiveReference', 'must be the end of an instance guid (hex digits and dashes)');
    }
    suffixes.push(archiveReference);
  }
  const a3Ref = text(query, 'A3Ref')?.toLowerCase();
  if (a3Ref !== undefined) {
    if (!/^[0-9a-f]{12}$/.test(a3Ref)) invalid('A3Ref', 'must be the last 12 characters of an instance guid');
    suffixes.push(a3Ref);
  }
  return suffixes;
}

function mainVersion(query: RawQuery, name: string): number | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  if (!/^[123]$/.test(value)) invalid(name, `must be 1, 2 or 3, got "${value}"`);
  return Number(value);
}

/** Whether the generation filters leave out Altinn 3, the only generation Tinn stores. */
function onlyOlderGenerations(query: RawQuery): boolean {
  const include = mainVersion(query, 'mainVersionInclude');
  const exclude = mainVersion(query, 'mainVersionExclude');
  const archRef = text(query, 'dataValues.A2ArchRef');
  return (include !== undefined && include !== 3) || exclude === 3 || archRef !== undefined;
}

function filters(query: RawQuery): InstanceFilters {
  const excludeConfirmedBy = many(query, 'excludeConfirmedBy')
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '');
  const suffixes = guidSuffixes(query);
  const entries: InstanceFilters = {
    org: text(query, 'org')?.toLowerCase(),
    appId: appId(query),
    partyId: partyId(query),
    currentTask: text(query, 'process.currentTask'),
    isComplete: boolean(query, 'process.isComplete'),
    processEnded: parseDateRange('process.ended', many(query, 'process.ended')),
    lastChanged: parseDateRange('lastChanged', many(query, 'lastChanged')),
    created: parseDateRange('created', many(query, 'created')),
    visibleAfter: parseDateRange('visibleAfter', many(query, 'visibleAfter')),
    dueBefore: parseDateRange('dueBefore', many(query, 'dueBefore')),
    excludeConfirmedBy: excludeConfirmedBy.length > 0 ? excludeConfirmedBy : undefined,
    confirmed: boolean(query, 'confirmed'),
    isArchived: boolean(query, 'status.isArchived'),
    isSoftDeleted: boolean(query, 'status.isSoftDeleted'),
    isHardDeleted: boolean(query, 'status.isHardDeleted'),
    guidSuffixes: suffixes.length > 0 ? suffixes : undefined,
    searchString: text(query, 'searchString'),
  };
  return Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined),
  ) as InstanceFilters;
}

/** Reads the query string of `GET /instances`; any malformed value is a 400 naming its parameter. */
export function parseInstanceQuery(query: RawQuery, ownerIdentifier: string | undefined): InstanceQuery {
  const token = text(query, 'continuationToken');
  const includeDataElements = boolean(query, 'includeDataElements') ?? true;
  // Accepted and ignored, as in Altinn (deprecated there).
  single(query, 'process.endEvent');
  return {
    filters: filters(query),
    order: order(query),
    size: size(query),
    ...(token === undefined ? {} : { after: decodeContinuationToken(token) }),
    includeDataElements,
    ...(ownerIdentifier === undefined || ownerIdentifier.trim() === '' ? {} : { ownerIdentifier }),
    onlyOlderGenerations: onlyOlderGenerations(query),
  };
}

/** Every parameter name in its documented spelling; requests may use any case. */
export const QUERY_PARAMETERS = [
  'org',
  'appId',
  'instanceOwner.partyId',
  'process.currentTask',
  'process.isComplete',
  'process.ended',
  'process.endEvent',
  'lastChanged',
  'created',
  'visibleAfter',
  'dueBefore',
  'excludeConfirmedBy',
  'confirmed',
  'status.isArchived',
  'status.isSoftDeleted',
  'status.isHardDeleted',
  'archiveReference',
  'A3Ref',
  'dataValues.A2ArchRef',
  'mainVersionInclude',
  'mainVersionExclude',
  'searchString',
  'includeDataElements',
  'size',
  'continuationToken',
  'order',
] as const;
