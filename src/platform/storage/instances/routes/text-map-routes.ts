import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import type { Principal } from '../../../authentication/index.ts';
import type { Instance } from '../instance.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { TextMapChanges } from '../text-map-changes.ts';
import type { InstanceMutationRouteDeps } from './instance-mutation-route-deps.ts';
import { InstanceParams, InstanceSchema } from './schemas.ts';

const Changes = Type.Union([
  Type.Record(Type.String({ maxLength: 255 }), Type.Union([Type.String(), Type.Null()])),
  Type.Null(),
]);

const AUTHORIZATION =
  'The caller needs an action the current task calls for (`write` in a data task, `confirm` in a ' +
  'confirmation task, `sign` or `write` in a signing task, …; `write` without a task), or `reject` (PDP).';

interface TextMapRoute {
  readonly path: string;
  readonly member: 'texts' | 'values';
  readonly operationId: string;
  readonly summary: string;
  readonly apply: (
    deps: InstanceMutationRouteDeps,
    caller: Principal,
    instanceGuid: string,
    changes: TextMapChanges | undefined,
  ) => Promise<Instance>;
}

const ROUTES: readonly TextMapRoute[] = [
  {
    path: 'presentationtexts',
    member: 'texts',
    operationId: 'updateInstancePresentationTexts',
    summary: 'Merges presentation texts into an instance',
    apply: (deps, caller, guid, changes) => deps.mutations.setPresentationTexts(caller, guid, changes),
  },
  {
    path: 'datavalues',
    member: 'values',
    operationId: 'updateInstanceDataValues',
    summary: 'Merges data values into an instance',
    apply: (deps, caller, guid, changes) => deps.mutations.setDataValues(caller, guid, changes),
  },
];

/** `PUT …/presentationtexts` (body `{texts}`) and `PUT …/datavalues` (body `{values}`). */
export function registerTextMapRoutes(app: HttpApp, deps: InstanceMutationRouteDeps): void {
  for (const route of ROUTES) {
    app.put(
      `/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/${route.path}`,
      {
        onRequest: deps.auth.required,
        schema: {
          operationId: route.operationId,
          tags: ['storage'],
          summary: route.summary,
          description:
            `${AUTHORIZATION} Body \`{"${route.member}": {key: value}}\`; 400 without \`${route.member}\`. ` +
            'A value sets its key, an empty string or null removes it. `lastChanged` is not touched, as in Altinn.',
          params: InstanceParams,
          body: Type.Optional(
            Type.Union([
              Type.Object({ [route.member]: Type.Optional(Changes) }, { additionalProperties: true }),
              Type.Null(),
            ]),
          ),
          response: { 200: InstanceSchema },
        },
      },
      async (request) => {
        const body = request.body as Record<string, TextMapChanges | null | undefined> | null | undefined;
        const instance = await route.apply(
          deps,
          deps.auth.principalOf(request),
          request.params.instanceGuid,
          body?.[route.member] ?? undefined,
        );
        return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
      },
    );
  }
}
