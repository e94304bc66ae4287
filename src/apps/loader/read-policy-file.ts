import path from 'node:path';
import { parsePolicy } from '../../platform/authorization/pdp/index.ts';
import type { ProblemList } from './app-problem.ts';
import type { AppPolicy } from './loaded-app.ts';
import { readTextFile } from './read-text-file.ts';

export const POLICY_FILE = path.join('config', 'authorization', 'policy.xml');

/** Fills the placeholders Altinn replaces when it deploys an app's policy. */
export function fillPolicyPlaceholders(xml: string, org: string, app: string): string {
  return xml.replace(/\[(ORG|org)\]/g, org).replace(/\[(APP|app)\]/g, app);
}

/** Reads `config/authorization/policy.xml` for `org/app` and checks that the PDP can evaluate it. */
export async function readPolicyFile(
  appDir: string,
  ref: { readonly org: string; readonly app: string },
  problems: ProblemList,
): Promise<AppPolicy | undefined> {
  const file = path.join(appDir, POLICY_FILE);
  const text = await readTextFile(file, problems, {
    severity: 'error',
    message: 'the app has no authorization policy, so every request would be denied',
  });
  if (text === undefined) return undefined;
  const xml = fillPolicyPlaceholders(text, ref.org, ref.app);
  try {
    return { file, xml, policy: parsePolicy(xml) };
  } catch (error) {
    problems.error(
      file,
      `the policy cannot be used: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}
