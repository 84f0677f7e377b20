import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/storage/index.ts';

type Schema = { $ref?: string; description?: string; [key: string]: unknown };
interface Operation { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }
interface Document { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } }

const annotations = new Set(['description', 'example', 'examples', 'title', 'deprecated', 'readOnly', 'nullable']);

/** Where a schema says nothing about its value ({} or only annotations); a free JSON value must say what it holds (description). */
function untyped(schema: Schema | undefined, where: string, doc: Document, seen = new Set<string>()): string[] {
  if (!schema) return [`${where}: 没有 schema`];
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    return untyped(doc.components?.schemas?.[name], `${where} → ${name}`, doc, new Set([...seen, name]));
  }
  const keys = Object.keys(schema).filter((k) => !annotations.has(k));
  if (!keys.length) return where.includes('.') && schema.description ? [] : [`${where}: 空 schema {}`];
  const children: Array<[string, Schema]> = [
    ...Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([k, s]): [string, Schema] => [`${where}.${k}`, s]),
    ...(schema.items ? [[`${where}[]`, schema.items as Schema] as [string, Schema]] : []),
    ...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((k) => ((schema[k] ?? []) as Schema[]).map((s, i): [string, Schema] => [`${where}.${k}[${i}]`, s])),
  ];
  return children.flatMap(([w, s]) => untyped(s, w, doc, seen));
}

/** Every success answer of every operation: JSON with a schema that types it, a file with its media type, or 204 without a body. */
function untypedResponses(doc: Document): string[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, operation]) =>
      Object.entries(operation.responses)
        .filter(([code]) => code.startsWith('2'))
        .flatMap(([code, response]) => {
          const where = `${method.toUpperCase()} ${path} ${code}`;
          const content = Object.entries(response.content ?? {});
          if (!content.length) return code === '204' ? [] : [`${where}: 没有响应内容`];
          return content.flatMap(([type, body]) => (type.includes('json') ? untyped(body.schema, where, doc) : body.schema ? [] : [`${where} ${type}: 没有 schema`]));
        }),
    ),
  );
}

async function documentOf(app: { request(path: string): Response | Promise<Response> }): Promise<Document> {
  return (await (await app.request('/api/openapi.json')).json()) as Document;
}

test('every success response of the API has a schema that types it (no {} or any)', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const doc = await documentOf(createApp({ db }));
    assert.ok(Object.keys(doc.paths).length > 40);
    assert.deepEqual(untypedResponses(doc), []);
  } finally {
    await db.close();
  }
});

test('every API route the app serves is in the OpenAPI document', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = createApp({ db });
    const doc = await documentOf(app);
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)));
    const served = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    assert.deepEqual([...new Set(served)].filter((r) => !documented.has(r)), []);
  } finally {
    await db.close();
  }
});

test('the check catches a route answering with an untyped or missing schema', async () => {
  const app = new OpenAPIHono();
  const route = (path: string, schema: z.ZodType) =>
    createRoute({ method: 'get', path, responses: { 200: { description: 'x', content: { 'application/json': { schema } } } } });
  app.openapi(route('/any', z.any()), (c) => c.json({}, 200));
  app.openapi(route('/loose', z.object({ value: z.unknown(), items: z.array(z.any()) })), (c) => c.json({ value: 1, items: [] }, 200));
  app.openapi(createRoute({ method: 'get', path: '/bare', responses: { 200: { description: 'x' } } }), (c) => c.body(null, 200));
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 't', version: '1' } });
  assert.deepEqual(untypedResponses(await documentOf(app)).sort(), [
    'GET /any 200: 空 schema {}',
    'GET /bare 200: 没有响应内容',
    'GET /loose 200.items[]: 空 schema {}',
    'GET /loose 200.value: 空 schema {}',
  ]);
});
