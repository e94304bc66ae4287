import { afterAll, describe, expect, it } from 'vitest';
import { loadTestApp, removeTestApps, testMetadata } from '../../loader/test-app-folder.ts';
import { ALTINN_NUGET_VERSION, servedApplicationMetadata } from './served-application-metadata.ts';

afterAll(removeTestApps);

async function served(metadata: object) {
  const { result } = await loadTestApp({ 'App/config/applicationmetadata.json': metadata });
  if (result.app === undefined) throw new Error(JSON.stringify(result.problems));
  return servedApplicationMetadata(result.app);
}

describe('servedApplicationMetadata', () => {
  it('keeps unknown fields, drops nulls and adds what the library adds', async () => {
    const body = await served({ ...testMetadata(), versionId: null, somethingNew: { a: 1, b: null } });
    expect(body).toMatchObject({ id: 'ttd/demo', somethingNew: { a: 1 }, externalApiIds: [] });
    expect(body).not.toHaveProperty('versionId');
    expect(body.somethingNew).toEqual({ a: 1 });
    expect(body.altinnNugetVersion).toBe(ALTINN_NUGET_VERSION);
    expect(body.features).toMatchObject({ footer: true, processActions: true });
  });

  it('fills the defaults of Altinn’s models and leaves what the file says', async () => {
    const body = await served({
      ...testMetadata([
        {
          id: 'model',
          allowedContentTypes: ['application/xml'],
          taskId: 'Task_1',
          appLogic: { classRef: 'M' },
        },
        { id: 'other', maxCount: 3, enablePdfCreation: false, allowedContributers: ['app:owned'] },
      ]),
      partyTypesAllowed: { person: true },
      autoDeleteOnProcessEnd: true,
    });
    expect(body).toMatchObject({
      autoDeleteOnProcessEnd: true,
      disallowUserInstantiation: false,
      partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: true, subUnit: false },
    });
    expect(body.dataTypes).toEqual([
      expect.objectContaining({
        maxCount: 0,
        minCount: 0,
        enablePdfCreation: true,
        appLogic: expect.objectContaining({
          classRef: 'M',
          disallowUserCreate: false,
          allowInSubform: false,
        }),
      }),
      expect.objectContaining({ maxCount: 3, enablePdfCreation: false, allowedContributers: ['app:owned'] }),
    ]);
    expect(body.dataTypes).toEqual([
      expect.anything(),
      expect.not.objectContaining({ appLogic: expect.anything() }),
    ]);
  });
});
