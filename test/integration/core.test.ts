import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

describe('core HTTP behaviour', () => {
  let tinn: TestPlatform;
  beforeAll(async () => {
    tinn = await startTestPlatform();
  });
  afterAll(async () => {
    await tinn?.close();
  });

  it('answers GET /health when the database answers', async () => {
    const response = await tinn.fetch('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('renders an unknown route as a 404 problem+json', async () => {
    const response = await tinn.fetch('/no/such/route?x=1');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await json(response);
    expect(body).toMatchObject({ status: 404, title: 'Not Found', code: 'route_not_found' });
    expect(body.detail).toContain('/no/such/route');
  });

  it('publishes the OpenAPI description at /swagger', async () => {
    const response = await tinn.fetch('/swagger/json');
    expect(response.status).toBe(200);
    const document = await json(response);
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/health');
  });

  it('accepts an empty JSON body where a body is optional, and refuses malformed JSON with 400', async () => {
    const empty = await tinn.fetch('/authentication/api/v1/refresh', {
      headers: { 'content-type': 'application/json' },
    });
    expect(empty.status).toBe(401);
    const token = await tinn.platform.tokens.mint({
      'urn:altinn:org': 'ttd',
      'urn:altinn:orgNumber': '405003309',
    });
    const emptyPost = await tinn.fetch('/authorization/api/v1/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '',
    });
    expect(emptyPost.status).toBe(400);
    expect((await json(emptyPost)).code).toBe('invalid_decision_request');
    const malformed = await tinn.fetch('/authorization/api/v1/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"Request":',
    });
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).code).toBe('malformed_body');
    const poisoned = await tinn.fetch('/authorization/api/v1/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"__proto__": {"x": 1}}',
    });
    expect(poisoned.status).toBe(400);
  });
});
