import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { LayoutSetParams, NO_CACHE, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

// The legacy rule files of a layout set, served as written; Altinn answers 204 when a file is absent,
// whether or not the set exists.
const RULE_FILES = [
  {
    route: 'ruleconfiguration',
    file: 'RuleConfiguration.json',
    type: 'application/json; charset=utf-8',
    operationId: 'getAppRuleConfiguration',
  },
  {
    route: 'rulehandler',
    file: 'RuleHandler.js',
    type: 'text/javascript; charset=utf-8',
    operationId: 'getAppRuleHandler',
  },
] as const;

export function registerRuleFileRoutes(app: HttpApp, deps: MetadataRouteDeps): void {
  for (const rule of RULE_FILES) {
    app.get(
      `/:org/:app/api/${rule.route}/:layoutSetId`,
      {
        schema: {
          operationId: rule.operationId,
          tags: TAGS,
          summary: `A layout set's legacy ${rule.file}`,
          description: `Anonymous. \`ui/{set}/${rule.file}\` as written; 204 when there is none.`,
          params: LayoutSetParams,
          response: {
            200: Type.String({ description: rule.file }),
            204: Type.Null({ description: `No ${rule.file}` }),
          },
        },
      },
      async (request, reply) => {
        const loaded = installedApp(deps.apps, request.params.org, request.params.app);
        const text = await deps.files.read(loaded, 'ui', request.params.layoutSetId, rule.file);
        reply.header('cache-control', NO_CACHE);
        if (text === undefined) return reply.status(204).send(null);
        return reply.type(rule.type).send(text);
      },
    );
  }
}
