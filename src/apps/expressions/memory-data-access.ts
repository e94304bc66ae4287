import {
  DEFAULT_LANGUAGE,
  type ExpressionDataAccess,
  type InstanceContextSource,
  type TextResource,
} from './data-access.ts';
import { readDataPath } from './data-path.ts';

export interface MemoryDataElement {
  readonly dataType: string;
  readonly id?: string;
  readonly data: unknown;
}

export interface MemoryDataOptions {
  /** Form data per data element; a data type with several elements reads the first. */
  readonly dataElements?: readonly MemoryDataElement[];
  /** Defaults to the data type of the first element. */
  readonly defaultDataType?: string;
  readonly textResources?: readonly TextResource[];
  readonly language?: string;
  readonly frontendSettings?: Readonly<Record<string, unknown>>;
  readonly instance?: InstanceContextSource;
}

/** An {@link ExpressionDataAccess} over plain objects already in memory. */
export function createMemoryDataAccess(options: MemoryDataOptions = {}): ExpressionDataAccess {
  const elements = options.dataElements ?? [];
  const texts = new Map((options.textResources ?? []).map((text) => [text.id, text]));
  const settings = options.frontendSettings ?? {};
  const firstOfType = (dataType: string) => elements.find((element) => element.dataType === dataType);
  return {
    defaultDataType: () => options.defaultDataType ?? elements[0]?.dataType,
    hasDataType: (dataType) => firstOfType(dataType) !== undefined,
    readField: (dataType, path) => readDataPath(firstOfType(dataType)?.data, path),
    countDataElements: (dataType) => elements.filter((element) => element.dataType === dataType).length,
    textResource: (id) => texts.get(id),
    language: () => options.language ?? DEFAULT_LANGUAGE,
    frontendSetting: (key) => (Object.hasOwn(settings, key) ? settings[key] : undefined),
    instance: () => options.instance,
  };
}
