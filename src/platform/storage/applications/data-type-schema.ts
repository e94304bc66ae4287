import { Type } from 'typebox';
import { LanguageText, Maybe, OpenObject, StringList } from './model-schema-helpers.ts';

export const ShadowFieldsSchema = OpenObject({
  prefix: Maybe(Type.String()),
  saveToDataType: Maybe(Type.String()),
});

export const ApplicationLogicSchema = OpenObject(
  {
    autoCreate: Maybe(Type.Boolean()),
    classRef: Maybe(Type.String()),
    schemaRef: Maybe(Type.String()),
    allowAnonymousOnStateless: Maybe(Type.Boolean()),
    autoDeleteOnProcessEnd: Maybe(Type.Boolean()),
    disallowUserCreate: Maybe(Type.Boolean()),
    disallowUserDelete: Maybe(Type.Boolean()),
    allowInSubform: Maybe(Type.Boolean()),
    shadowFields: Maybe(ShadowFieldsSchema),
  },
  'Present on form (data model backed) data types',
);

export const DataTypeSchema = OpenObject({
  id: Type.String({ minLength: 1 }),
  description: Maybe(LanguageText),
  allowedContentTypes: Maybe(StringList),
  allowedContributors: Maybe(StringList),
  allowedContributers: Maybe(StringList),
  actionRequiredToRead: Maybe(Type.String()),
  actionRequiredToWrite: Maybe(Type.String()),
  appLogic: Maybe(ApplicationLogicSchema),
  taskId: Maybe(Type.String()),
  maxSize: Maybe(Type.Integer({ description: 'MB' })),
  maxCount: Maybe(Type.Integer({ description: '0 or less: unbounded' })),
  minCount: Maybe(Type.Integer({ description: '0 or less: optional' })),
  grouping: Maybe(Type.String()),
  enablePdfCreation: Maybe(Type.Boolean()),
  enableFileScan: Maybe(Type.Boolean()),
  validationErrorOnPendingFileScan: Maybe(Type.Boolean()),
  enabledFileAnalysers: Maybe(StringList),
  enabledFileValidators: Maybe(StringList),
  allowedKeysForUserDefinedMetadata: Maybe(StringList),
});
