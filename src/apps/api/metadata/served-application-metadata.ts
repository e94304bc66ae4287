import type { JsonObject, JsonValue, LoadedApp } from '../../loader/index.ts';
import { isJsonObject } from './json-object.ts';

/**
 * The library version Tinn answers as. Altinn's front end refuses apps below 8.0.0.108 and switches
 * features on by this version (it compares all four parts), so it names the v8 line that
 * app-api.md describes (tags endpoint, new attachments API, incremental validation).
 */
export const ALTINN_NUGET_VERSION = '8.8.0.0';

/** The front-end feature flags Altinn's v8 library announces by default. */
export const FRONTEND_FEATURES: Readonly<Record<string, boolean>> = {
  footer: true,
  processActions: true,
  jsonObjectInDataResponse: false,
  addInstanceIdentifierToLayoutRequests: false,
};

// The values Altinn's models hold for fields a file leaves out (non-nullable properties only).
const APPLICATION_DEFAULTS: JsonObject = { autoDeleteOnProcessEnd: false, disallowUserInstantiation: false };
const DATA_TYPE_DEFAULTS: JsonObject = {
  maxCount: 0,
  minCount: 0,
  enablePdfCreation: true,
  enableFileScan: false,
  validationErrorOnPendingFileScan: false,
  enabledFileAnalysers: [],
  enabledFileValidators: [],
};
const APP_LOGIC_DEFAULTS: JsonObject = {
  allowAnonymousOnStateless: false,
  autoDeleteOnProcessEnd: false,
  disallowUserCreate: false,
  disallowUserDelete: false,
  allowInSubform: false,
};
const PARTY_TYPES_DEFAULTS: JsonObject = {
  bankruptcyEstate: false,
  organisation: false,
  person: false,
  subUnit: false,
};

/** Drops null properties at every depth: Tinn leaves absent what Altinn's models hold as null. */
function withoutNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => [key, withoutNulls(inner)]),
  );
}

const withDefaults = (value: JsonValue | undefined, defaults: JsonObject): JsonValue | undefined =>
  isJsonObject(value) ? { ...defaults, ...value } : value;

function dataTypeWithDefaults(dataType: JsonValue): JsonValue {
  if (!isJsonObject(dataType)) return dataType;
  const served: JsonObject = { ...DATA_TYPE_DEFAULTS, ...dataType };
  const appLogic = withDefaults(dataType.appLogic, APP_LOGIC_DEFAULTS);
  if (appLogic !== undefined) served.appLogic = appLogic;
  return served;
}

/**
 * `api/v1/applicationmetadata` as an Altinn app answers it: the file with unknown fields kept, the
 * defaults of Altinn's model filled in, and the fields the library adds (`altinnNugetVersion`,
 * `features`, `externalApiIds`).
 */
export function servedApplicationMetadata(app: LoadedApp): JsonObject {
  const document = withoutNulls(app.metadata.document) as JsonObject;
  const served: JsonObject = { ...APPLICATION_DEFAULTS, ...document, id: app.id, org: app.org };
  served.dataTypes = Array.isArray(document.dataTypes) ? document.dataTypes.map(dataTypeWithDefaults) : [];
  const partyTypes = withDefaults(document.partyTypesAllowed, PARTY_TYPES_DEFAULTS);
  if (partyTypes !== undefined) served.partyTypesAllowed = partyTypes;
  served.features = { ...FRONTEND_FEATURES };
  served.altinnNugetVersion = ALTINN_NUGET_VERSION;
  served.externalApiIds = [];
  return served;
}
