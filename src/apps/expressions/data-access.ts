/**
 * What the evaluator reads, and nothing more. The app runtime (process gateways, validation on the
 * server) and the browser each implement it over the data they hold; everything is synchronous, so a
 * caller loads the data elements a task needs before evaluating.
 */
export interface ExpressionDataAccess {
  /** The data type read by `dataModel` paths and bindings that name none; undefined when there is none. */
  defaultDataType(): string | undefined;
  hasDataType(dataType: string): boolean;
  /** The value at a path whose rows are all indexed (`Bedrifter[1].Navn`); undefined when nothing is there. */
  readField(dataType: string, path: string): unknown;
  /** How many data elements of this type the instance has (0 for an unknown type). */
  countDataElements(dataType: string): number;
  textResource(id: string): TextResource | undefined;
  /** The user's language (`nb`, `nn`, `en`, …). */
  language(): string;
  /** A value from the app's front-end settings; undefined when unset. */
  frontendSetting(key: string): unknown;
  /** The instance being worked on; undefined before one exists (stateless steps). */
  instance(): InstanceContextSource | undefined;
}

export interface TextResource {
  readonly id: string;
  readonly value: string;
  readonly variables?: readonly TextVariable[];
}

/** `{0}`, `{1}`, … in a text's value are replaced by its variables, in order. */
export interface TextVariable {
  /** A model path (may hold `[{0}]` row placeholders), an instance context key or a front-end setting. */
  readonly key: string;
  /** `dataModel.default`, `dataModel.<dataType>`, `instanceContext`, `applicationSettings` or `customTextParameters`. */
  readonly dataSource: string;
  readonly defaultValue?: string;
}

/** The part of a Storage instance the `instanceContext` function reads. */
export interface InstanceContextSource {
  readonly id?: string | null;
  readonly appId?: string | null;
  readonly instanceOwner?: {
    readonly partyId?: string | number | null;
    readonly organisationNumber?: string | null;
    readonly personNumber?: string | null;
    readonly username?: string | null;
  } | null;
}

export const DEFAULT_LANGUAGE = 'nb';
