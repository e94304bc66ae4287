import { type AppFolder, appFolderOf } from './app-folder.ts';
import { ProblemList } from './app-problem.ts';
import { checkConfigReferences } from './check-config-references.ts';
import { checkDataTypes } from './check-data-types.ts';
import { checkProcessReferences } from './check-process-references.ts';
import { checkUiReferences } from './check-ui-references.ts';
import { findLogicFile } from './find-logic-file.ts';
import type { AppLoadResult, LoadedApp } from './loaded-app.ts';
import { readApplicationMetadata } from './read-application-metadata.ts';
import { readModels } from './read-models.ts';
import { readOptions } from './read-options.ts';
import { readPolicyFile } from './read-policy-file.ts';
import { readPrefill } from './read-prefill.ts';
import { readProcessFile } from './read-process-file.ts';
import { readTexts } from './read-texts.ts';
import { readUi } from './read-ui.ts';
import { readValidationConfigs } from './read-validation-configs.ts';

interface FolderOutcome {
  readonly appId?: string;
  readonly app?: LoadedApp;
}

async function loadFolder(folder: AppFolder, problems: ProblemList): Promise<FolderOutcome> {
  const { appDir } = folder;
  const metadata = await readApplicationMetadata(appDir, problems);
  const process = await readProcessFile(appDir, problems);
  // Without an app id the placeholders stay as they are, so that the policy is still checked.
  const policyRef = metadata ?? { org: '[ORG]', app: '[APP]' };
  const policy = await readPolicyFile(appDir, policyRef, problems);
  const texts = await readTexts(appDir, problems);
  const models = await readModels(appDir, problems);
  const prefill = await readPrefill(appDir, problems);
  const validationConfigs = await readValidationConfigs(appDir, problems);
  const options = await readOptions(appDir, problems);
  const ui = await readUi(appDir, problems);
  const logicFile = await findLogicFile(appDir, problems);
  if (metadata === undefined) return {};
  if (process === undefined) return { appId: metadata.id };

  const dataTypeModels = checkDataTypes(appDir, metadata, process, models, problems);
  checkProcessReferences(appDir, metadata, process, problems);
  checkUiReferences(appDir, metadata, process, ui, problems);
  checkConfigReferences(metadata, prefill, validationConfigs, problems);
  if (policy === undefined || problems.hasErrors) return { appId: metadata.id };
  const app: LoadedApp = {
    id: metadata.id,
    org: metadata.org,
    app: metadata.app,
    dir: folder.dir,
    appDir,
    metadata,
    process,
    policy,
    texts,
    models,
    dataTypeModels,
    prefill,
    validationConfigs,
    options,
    ui,
    ...(logicFile === undefined ? {} : { logicFile }),
  };
  return { appId: app.id, app };
}

/**
 * Loads and checks the app in `dir` (a repository root that contains `App/`, or `App/` itself). Never
 * throws: whatever goes wrong is a problem in the result, and the app is there only when no problem is
 * an error.
 */
export async function loadApp(dir: string): Promise<AppLoadResult> {
  const problems = new ProblemList();
  let outcome: FolderOutcome = {};
  try {
    const folder = await appFolderOf(dir);
    if (folder === undefined)
      problems.error(dir, 'not an app folder: expected App/config/applicationmetadata.json');
    else outcome = await loadFolder(folder, problems);
  } catch (error) {
    problems.error(
      dir,
      `loading failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    );
    outcome = {};
  }
  const { appId, app } = outcome;
  return {
    dir,
    ...(appId === undefined ? {} : { appId }),
    ...(app === undefined || problems.hasErrors ? {} : { app }),
    problems: problems.all,
  };
}
