import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/storage/index.ts';

interface OpenApi {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: { content: Record<string, { schema: unknown }> } }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
}

test('GET /api/openapi.json is an OpenAPI 3 document built from the request schemas', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const response = await createApp({ db }).request('/api/openapi.json');
    assert.equal(response.status, 200);
    const doc = (await response.json()) as OpenApi;
    assert.match(doc.openapi, /^3\.\d+\.\d+$/);
    assert.ok(doc.info.title);
    for (const path of ['/api/plans', '/api/plans/{plan}/indicators', '/api/plans/{plan}/outline', '/api/observations', '/api/observations/history', '/api/plans/{plan}/evaluation', '/api/plans/{plan}/report', '/api/regions', '/api/login']) {
      assert.ok(doc.paths[path], `missing ${path}`);
    }
    const input = doc.components.schemas.ObservationInput;
    assert.deepEqual(input.required?.sort(), ['indicator', 'region', 'value', 'year']);
    assert.ok(input.properties?.source_url && input.properties.note && input.properties.source_title);
    assert.ok(doc.paths['/api/plans'].post.requestBody?.content['multipart/form-data']);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) assert.ok(Object.keys(operation.responses).length > 0, `${method} ${path}`);
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) assert.ok(doc.components.schemas[ref], `dangling $ref ${ref}`);
  } finally {
    await db.close();
  }
});
