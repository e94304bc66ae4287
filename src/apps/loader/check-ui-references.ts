import path from 'node:path';
import type { ProcessDefinition } from '../process/definition/index.ts';
import { METADATA_FILE } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { checkLayoutReferences } from './check-layout-references.ts';
import { jsonPath } from './json-path.ts';
import type { AppMetadata, AppUi } from './loaded-app.ts';
import { LAYOUT_SETS_FILE, UI_FOLDER } from './ui-files.ts';

/** Task ids the front end gives a meaning of its own in layout-sets.json. */
const FRONTEND_TASK_IDS = new Set(['CustomReceipt']);
const ON_ENTRY_PAGES = new Set(['new-instance', 'select-instance']);

function checkLayoutSets(
  file: string,
  ui: AppUi,
  dataTypeIds: ReadonlySet<string>,
  process: ProcessDefinition,
  problems: ProblemList,
): void {
  const setOfTask = new Map<string, string>();
  ui.layoutSets.forEach((set, index) => {
    if (set.dataType !== undefined && !dataTypeIds.has(set.dataType)) {
      problems.error(
        file,
        `the data type "${set.dataType}" is not in applicationmetadata.json`,
        jsonPath(['sets', index, 'dataType']),
      );
    }
    set.tasks.forEach((taskId, taskIndex) => {
      const where = jsonPath(['sets', index, 'tasks', taskIndex]);
      if (!process.nodes.has(taskId) && !FRONTEND_TASK_IDS.has(taskId)) {
        problems.warning(file, `the task "${taskId}" is not in the process`, where);
      }
      const earlier = setOfTask.get(taskId);
      if (earlier !== undefined) {
        problems.warning(
          file,
          `the task "${taskId}" already has the layout set "${earlier}"; this one is not used for it`,
          where,
        );
      } else {
        setOfTask.set(taskId, set.id);
      }
    });
  });
}

/** Checks the UI against the metadata and the process: layout sets, the stateless entry, components. */
export function checkUiReferences(
  appDir: string,
  metadata: AppMetadata,
  process: ProcessDefinition,
  ui: AppUi,
  problems: ProblemList,
): void {
  const dataTypeIds = new Set(metadata.dataTypes.map((dataType) => dataType.id));
  const layoutSetIds = new Set(ui.layoutSets.map((set) => set.id));
  checkLayoutSets(path.join(appDir, UI_FOLDER, LAYOUT_SETS_FILE), ui, dataTypeIds, process, problems);
  const show = metadata.onEntry?.show;
  if (show !== undefined && !ON_ENTRY_PAGES.has(show) && !layoutSetIds.has(show)) {
    problems.error(
      path.join(appDir, METADATA_FILE),
      `"${show}" is neither new-instance, select-instance nor a layout set, so the app has no entry page`,
      'onEntry.show',
    );
  }
  const context = { dataTypeIds, layoutSetIds };
  for (const set of ui.layoutSets) checkLayoutReferences(set, context, problems);
  if (ui.singleLayout !== undefined) checkLayoutReferences(ui.singleLayout, context, problems);
}
