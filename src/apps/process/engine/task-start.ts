import { Readable } from 'node:stream';
import type { Principal } from '../../../platform/authentication/index.ts';
import type { DataElementService, DataUploadService } from '../../../platform/storage/data/index.ts';
import type { Instance } from '../../../platform/storage/index.ts';
import type { LoadedApp } from '../../loader/index.ts';
import { emptyFormData } from './empty-form-data.ts';

export interface TaskStartDeps {
  readonly elements: DataElementService;
  readonly uploads: DataUploadService;
}

type UploadRequest = Parameters<DataUploadService['create']>[3];

/**
 * What entering a task does to its data (app-api.md §3.3 step 8, StartTask): unlock the elements of the
 * task's data types (a task may be entered again), then create an empty element for each `autoCreate`
 * form type that has none. Prefill and data processors are not run yet.
 */
export class TaskStart {
  constructor(private readonly deps: TaskStartDeps) {}

  async run(caller: Principal, app: LoadedApp, instance: Instance, taskId: string): Promise<void> {
    const guid = instance.id.split('/')[1] ?? '';
    const dataTypes = app.metadata.dataTypes.filter((type) => type.taskId === taskId);
    const ids = new Set(dataTypes.map((type) => type.id));
    for (const element of instance.data) {
      if (ids.has(element.dataType) && element.locked === true) {
        await this.deps.elements.unlock(caller, guid, element.id);
      }
    }
    for (const dataType of dataTypes) {
      if (dataType.appLogic?.autoCreate !== true) continue;
      if (instance.data.some((element) => element.dataType === dataType.id)) continue;
      const content = emptyFormData(dataType);
      const request: UploadRequest = {
        open: async () => ({
          stream: Readable.from([Buffer.from(content.body, 'utf8')]),
          contentType: content.contentType,
          filename: undefined,
          declaredLength: Buffer.byteLength(content.body, 'utf8'),
        }),
      };
      await this.deps.uploads.create(caller, guid, dataType.id, request);
    }
  }
}
