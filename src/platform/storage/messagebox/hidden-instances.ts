import type { Instance } from '../instances/instance.ts';

/** The part of an app's metadata that hides its instances from the message box. */
export interface HideSettings {
  readonly hideAlways?: boolean | null;
  readonly hideOnTask?: readonly string[] | null;
}

/**
 * Whether the message box leaves an instance out: not visible yet (`visibleAfter` in the future), or
 * hidden by its app's `messageBoxConfig.hideSettings` (always, or while in one of the listed tasks).
 */
export function isHiddenInMessageBox(instance: Instance, hide: HideSettings | undefined, now: Date): boolean {
  if (instance.visibleAfter !== undefined && new Date(instance.visibleAfter).getTime() > now.getTime()) {
    return true;
  }
  if (hide === undefined) return false;
  if (hide.hideAlways === true) return true;
  const task = instance.process?.currentTask?.elementId;
  return task !== undefined && (hide.hideOnTask ?? []).includes(task);
}

/** Archived and deleted instances have nothing left to do, so the message box shows no due date. */
export function withoutDueDateWhenDone(instance: Instance): Instance {
  if (!instance.status.isArchived && !instance.status.isSoftDeleted) return instance;
  const { dueBefore: _dueBefore, ...rest } = instance;
  return rest;
}
