/** What instance handling needs from an app's metadata (the Application model of Storage). */
export interface StorageDataType {
  readonly id: string;
  readonly taskId?: string;
  readonly actionRequiredToRead?: string;
  readonly actionRequiredToWrite?: string;
  readonly enableFileScan?: boolean;
  readonly appLogic?: { readonly autoDeleteOnProcessEnd?: boolean } | null;
}

export interface StorageApplication {
  readonly id: string;
  readonly org: string;
  readonly title?: Readonly<Record<string, string>>;
  readonly dataTypes?: readonly StorageDataType[];
  readonly preventInstanceDeletionForDays?: number;
  readonly autoDeleteOnProcessEnd?: boolean;
}

/** Finds an installed app's metadata; undefined when there is no such app. */
export type ApplicationLookup = (org: string, app: string) => Promise<StorageApplication | undefined>;

const APP_ID = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/;

/** Splits `org/app`; undefined when it is not of that form. */
export function parseAppId(appId: string): { org: string; app: string } | undefined {
  const match = APP_ID.exec(appId);
  return match ? { org: match[1]!, app: match[2]! } : undefined;
}
