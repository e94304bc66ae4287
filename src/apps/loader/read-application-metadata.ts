import path from 'node:path';
import { ApplicationSchema, isValidAppRef } from '../../platform/storage/applications/index.ts';
import { METADATA_FILE } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { shapeCheck } from './check-document-shape.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './json-value.ts';
import type { AppDataType, AppMetadata } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';

// The shape Storage accepts when the app is registered, so that a folder that loads also installs.
const checkShape = shapeCheck(ApplicationSchema, 'not as Storage accepts application metadata');

/** Drops object properties that are null, at every depth (Altinn's serialiser treats them as absent). */
function withoutNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => [key, withoutNulls(inner)]),
  );
}

type CheckedFields = Partial<Omit<AppMetadata, 'id' | 'org' | 'app' | 'dataTypes' | 'document'>> & {
  readonly dataTypes?: JsonObject[];
};

const PICKED: readonly (keyof CheckedFields)[] = [
  'partyTypesAllowed',
  'autoDeleteOnProcessEnd',
  'disallowUserInstantiation',
  'onEntry',
  'presentationFields',
  'dataFields',
];

function pickDefined(fields: CheckedFields): CheckedFields {
  return Object.fromEntries(
    PICKED.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]),
  );
}

function toDataType(raw: JsonObject): AppDataType {
  const { allowedContributers, ...rest } = raw;
  // The old spelling `allowedContributers` still works in Altinn; the new one wins when both are given.
  const contributors = rest.allowedContributors ?? allowedContributers;
  return {
    ...rest,
    ...(contributors === undefined ? {} : { allowedContributors: contributors }),
  } as unknown as AppDataType;
}

function checkDataTypeIds(dataTypes: readonly AppDataType[], file: string, problems: ProblemList): void {
  const seen = new Set<string>();
  dataTypes.forEach((dataType, index) => {
    if (seen.has(dataType.id)) {
      problems.error(
        file,
        `the data type id "${dataType.id}" is used more than once`,
        jsonPath(['dataTypes', index, 'id']),
      );
    }
    seen.add(dataType.id);
  });
}

function identity(document: JsonObject, file: string, problems: ProblemList) {
  const id = document.id;
  const [org, app, ...rest] = typeof id === 'string' ? id.split('/') : [];
  if (org === undefined || app === undefined || rest.length > 0 || !isValidAppRef({ org, app })) {
    problems.error(
      file,
      `the app id ${JSON.stringify(id ?? null)} is not "org/app" in lower case letters and digits (and - in app)`,
      'id',
    );
    return undefined;
  }
  if (document.org === undefined || document.org === null) {
    problems.warning(file, `org is missing; "${org}" is taken from the id`, 'org');
  } else if (document.org !== org) {
    problems.error(file, `org "${String(document.org)}" does not match the id "${String(id)}"`, 'org');
  }
  return { id: `${org}/${app}`, org, app };
}

/** Reads `config/applicationmetadata.json`; undefined when it is missing or unusable (errors reported). */
export async function readApplicationMetadata(
  appDir: string,
  problems: ProblemList,
): Promise<AppMetadata | undefined> {
  const file = path.join(appDir, METADATA_FILE);
  const document = await readJsonFile(file, problems);
  if (document === undefined) return undefined;
  if (!isJsonObject(document)) {
    problems.error(file, 'the application metadata must be a JSON object');
    return undefined;
  }
  const ids = identity(document, file, problems);
  const shapeOk = checkShape(document, file, problems);
  if (ids === undefined || !shapeOk) return undefined;
  // The shape check above vouches for the types of the fields picked here.
  const checked = withoutNulls(document) as unknown as CheckedFields;
  const dataTypes = (checked.dataTypes ?? []).map(toDataType);
  checkDataTypeIds(dataTypes, file, problems);
  return {
    ...pickDefined(checked),
    ...ids,
    title: checked.title ?? {},
    dataTypes,
    document,
  };
}
