import { Type } from 'typebox';
import { DataTypeSchema } from './data-type-schema.ts';
import { LanguageText, Maybe, OpenObject, StringList } from './model-schema-helpers.ts';

const DataFieldSchema = OpenObject({
  id: Type.String(),
  path: Maybe(Type.String()),
  dataTypeId: Maybe(Type.String()),
});

const PartyTypesAllowedSchema = OpenObject({
  bankruptcyEstate: Maybe(Type.Boolean()),
  organisation: Maybe(Type.Boolean()),
  person: Maybe(Type.Boolean()),
  subUnit: Maybe(Type.Boolean()),
});

const EFormidlingSchema = OpenObject({
  serviceId: Maybe(Type.String()),
  dpfShipmentType: Maybe(Type.String()),
  receiver: Maybe(Type.String()),
  sendAfterTaskId: Maybe(Type.String()),
  process: Maybe(Type.String()),
  standard: Maybe(Type.String()),
  typeVersion: Maybe(Type.String()),
  type: Maybe(Type.String()),
  securityLevel: Maybe(Type.Integer()),
  dataTypes: Maybe(StringList),
});

const OnEntrySchema = OpenObject({
  show: Maybe(Type.String()),
  instanceSelection: Maybe(
    OpenObject({
      rowsPerPageOptions: Maybe(Type.Array(Type.Integer())),
      defaultRowsPerPage: Maybe(Type.Integer()),
      defaultSelectedOption: Maybe(Type.Integer()),
      sortDirection: Maybe(Type.String()),
    }),
  ),
});

const MessageBoxConfigSchema = OpenObject({
  hideSettings: Maybe(OpenObject({ hideAlways: Maybe(Type.Boolean()), hideOnTask: Maybe(StringList) })),
  syncAdapterSettings: Maybe(OpenObject({})),
});

const CopyInstanceSettingsSchema = OpenObject({
  enabled: Maybe(Type.Boolean()),
  excludedDataTypes: Maybe(StringList),
  excludedDataFields: Maybe(StringList),
  includeAttachments: Maybe(Type.Boolean()),
});

const ApiScopeSchema = OpenObject({
  read: Maybe(Type.String()),
  write: Maybe(Type.String()),
  errorMessageTextResourceKey: Maybe(Type.String()),
});

const ApiScopesSchema = OpenObject({
  users: Maybe(ApiScopeSchema),
  serviceOwners: Maybe(ApiScopeSchema),
  errorMessageTextResourceKey: Maybe(Type.String()),
});

const LogoSchema = OpenObject({
  source: Maybe(Type.String()),
  displayAppOwnerNameInHeader: Maybe(Type.Boolean()),
  size: Maybe(Type.String()),
});

const DateTimeText = Type.String({ description: 'ISO-8601 date and time (UTC on output)' });

/**
 * The application metadata document (`applicationmetadata.json` as Storage keeps it). Properties it
 * does not describe are kept: apps carry fields that newer Altinn versions added.
 */
export const ApplicationSchema = OpenObject({
  id: Maybe(Type.String({ description: '"{org}/{app}"' })),
  versionId: Maybe(Type.String()),
  org: Maybe(Type.String()),
  title: Maybe(LanguageText),
  validFrom: Maybe(DateTimeText),
  validTo: Maybe(DateTimeText),
  processId: Maybe(Type.String()),
  dataTypes: Maybe(Type.Array(DataTypeSchema)),
  partyTypesAllowed: Maybe(PartyTypesAllowedSchema),
  autoDeleteOnProcessEnd: Maybe(Type.Boolean()),
  preventInstanceDeletionForDays: Maybe(Type.Integer()),
  presentationFields: Maybe(Type.Array(DataFieldSchema)),
  dataFields: Maybe(Type.Array(DataFieldSchema)),
  eFormidling: Maybe(EFormidlingSchema),
  onEntry: Maybe(OnEntrySchema),
  messageBoxConfig: Maybe(MessageBoxConfigSchema),
  copyInstanceSettings: Maybe(CopyInstanceSettingsSchema),
  apiScopes: Maybe(ApiScopesSchema),
  storageAccountNumber: Maybe(Type.Integer()),
  disallowUserInstantiation: Maybe(Type.Boolean()),
  logo: Maybe(LogoSchema),
  features: Maybe(Type.Record(Type.String(), Type.Boolean())),
  externalApiIds: Maybe(StringList),
  created: Maybe(DateTimeText),
  createdBy: Maybe(Type.String()),
  lastChanged: Maybe(DateTimeText),
  lastChangedBy: Maybe(Type.String()),
});

export const ApplicationListSchema = Type.Object({ applications: Type.Array(ApplicationSchema) });
