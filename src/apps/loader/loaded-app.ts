import type { ValidateFunction } from 'ajv';
import type { Policy } from '../../platform/authorization/pdp/index.ts';
import type { ProcessDefinition } from '../process/definition/index.ts';
import type { AppProblem } from './app-problem.ts';
import type { JsonObject, JsonValue } from './json-value.ts';

export interface AppDataTypeLogic {
  readonly autoCreate?: boolean;
  readonly classRef?: string;
  readonly schemaRef?: string;
  readonly allowAnonymousOnStateless?: boolean;
  readonly autoDeleteOnProcessEnd?: boolean;
  readonly disallowUserCreate?: boolean;
  readonly disallowUserDelete?: boolean;
  readonly allowInSubform?: boolean;
  readonly shadowFields?: { readonly prefix?: string; readonly saveToDataType?: string };
}

/** A `dataTypes[]` entry as written (no defaults applied); `allowedContributors` also takes the old spelling. */
export interface AppDataType {
  readonly id: string;
  readonly description?: Readonly<Record<string, string>>;
  readonly allowedContentTypes?: readonly string[];
  readonly allowedContributors?: readonly string[];
  readonly actionRequiredToRead?: string;
  readonly actionRequiredToWrite?: string;
  /** Present on form (data model backed) data types. */
  readonly appLogic?: AppDataTypeLogic;
  readonly taskId?: string;
  readonly maxSize?: number;
  readonly maxCount?: number;
  readonly minCount?: number;
  readonly grouping?: string;
  readonly enablePdfCreation?: boolean;
  readonly enableFileScan?: boolean;
  readonly validationErrorOnPendingFileScan?: boolean;
  readonly enabledFileAnalysers?: readonly string[];
  readonly enabledFileValidators?: readonly string[];
  readonly allowedKeysForUserDefinedMetadata?: readonly string[];
}

export interface AppDataField {
  readonly id: string;
  readonly path?: string;
  readonly dataTypeId?: string;
}

export interface AppMetadata {
  /** `org/app`. */
  readonly id: string;
  readonly org: string;
  readonly app: string;
  readonly title: Readonly<Record<string, string>>;
  readonly dataTypes: readonly AppDataType[];
  readonly partyTypesAllowed?: {
    readonly bankruptcyEstate?: boolean;
    readonly organisation?: boolean;
    readonly person?: boolean;
    readonly subUnit?: boolean;
  };
  readonly autoDeleteOnProcessEnd?: boolean;
  readonly disallowUserInstantiation?: boolean;
  readonly onEntry?: { readonly show?: string };
  readonly presentationFields?: readonly AppDataField[];
  readonly dataFields?: readonly AppDataField[];
  /** The whole document as read (unknown fields kept), e.g. to register the app with Storage. */
  readonly document: JsonObject;
}

export interface AppPolicy {
  readonly file: string;
  /** `policy.xml` with `[ORG]`/`[APP]` (either case) filled in. */
  readonly xml: string;
  readonly policy: Policy;
}

export interface TextResource {
  readonly id: string;
  readonly value: string;
  readonly variables?: readonly JsonObject[];
}

export interface AppTexts {
  readonly file: string;
  /** From the file name `resource.{language}.json`, which is what Altinn goes by. */
  readonly language: string;
  readonly resources: readonly TextResource[];
}

/** A data model: `models/{name}.schema.json`, compiled, and the files beside it. */
export interface AppModel {
  readonly name: string;
  readonly schemaFile: string;
  readonly schema: JsonObject;
  readonly validate: ValidateFunction;
  /** `models/{name}.xsd`, when present. */
  readonly xsdFile?: string;
}

export interface PrefillConfig {
  readonly file: string;
  readonly allowOverwrite: boolean;
  /** Register organisation field → model path. */
  readonly er: Readonly<Record<string, string>>;
  /** Register person field → model path. */
  readonly dsf: Readonly<Record<string, string>>;
  readonly userProfile: Readonly<Record<string, string>>;
  readonly queryParameters: Readonly<Record<string, string>>;
}

/** A `{dataType}.validation.json` file of expression validations. */
export interface ValidationConfig {
  readonly file: string;
  readonly validations: JsonObject;
  readonly definitions: JsonObject;
}

export interface AppOption {
  readonly value: string | number | boolean | null;
  readonly label: string;
  readonly description?: string;
  readonly helpText?: string;
}

export interface AppOptions {
  readonly file: string;
  readonly options: readonly AppOption[];
}

export interface LayoutComponent {
  readonly id: string;
  readonly type: string;
  /** The component as written. */
  readonly definition: JsonObject;
}

export interface LayoutPage {
  readonly name: string;
  readonly file: string;
  readonly components: readonly LayoutComponent[];
  /** The page file as written (`{ $schema, data: { layout, hidden? } }`). */
  readonly document: JsonObject;
}

/** The pages and settings of one UI folder (`ui/{set}/` or the older `ui/`). */
export interface LayoutFolder {
  readonly folder: string;
  readonly pages: ReadonlyMap<string, LayoutPage>;
  readonly settings?: JsonObject;
  /** `pages.order`, or the pages of `pages.groups` in order; the page names sorted when neither is given. */
  readonly pageOrder: readonly string[];
}

export interface LayoutSet extends LayoutFolder {
  readonly id: string;
  readonly dataType?: string;
  readonly tasks: readonly string[];
  /** e.g. `subform`. */
  readonly type?: string;
}

export interface AppUi {
  /** `ui/layout-sets.json` as written; absent for an app with the older single `ui/layouts` folder. */
  readonly layoutSetsDocument?: JsonObject;
  readonly layoutSets: readonly LayoutSet[];
  /** The older single `ui/layouts` + `ui/Settings.json`, used when there is no `layout-sets.json`. */
  readonly singleLayout?: LayoutFolder;
  readonly footer?: JsonValue;
}

export interface LoadedApp {
  readonly id: string;
  readonly org: string;
  readonly app: string;
  /** The folder as given and its `App/` folder. */
  readonly dir: string;
  readonly appDir: string;
  readonly metadata: AppMetadata;
  readonly process: ProcessDefinition;
  readonly policy: AppPolicy;
  /** By language. */
  readonly texts: ReadonlyMap<string, AppTexts>;
  /** By model name (the schema file's base name). */
  readonly models: ReadonlyMap<string, AppModel>;
  /** The model of each form data type, by data type id. */
  readonly dataTypeModels: ReadonlyMap<string, AppModel>;
  /** By data type id. */
  readonly prefill: ReadonlyMap<string, PrefillConfig>;
  /** By data type id. */
  readonly validationConfigs: ReadonlyMap<string, ValidationConfig>;
  /** By options id (the file's base name). */
  readonly options: ReadonlyMap<string, AppOptions>;
  readonly ui: AppUi;
  /** `App/logic/index.ts` (preferred) or `index.js`, when present; not loaded here. */
  readonly logicFile?: string;
}

/** What loading one folder gave: the app when nothing is in error, and every problem found. */
export interface AppLoadResult {
  readonly dir: string;
  /** The metadata id, when it could be read. */
  readonly appId?: string;
  readonly app?: LoadedApp;
  readonly problems: readonly AppProblem[];
}
