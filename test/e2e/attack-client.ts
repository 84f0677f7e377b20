/** A client of the real server: anonymous, or logged in with the session cookie and CSRF token. */
export interface Visitor {
  readonly name: string;
  readonly cookie: string | null;
  request(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function visitor(base: string, name: string, password?: string): Promise<Visitor> {
  let cookie: string | null = null;
  let csrf: string | null = null;
  if (password !== undefined) {
    const response = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
    if (response.status !== 200) throw new Error(`login ${name}: ${response.status} ${await response.text()}`);
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  }
  return {
    name,
    cookie,
    request(method, path, body) {
      const headers: Record<string, string> = {};
      if (cookie) headers.cookie = cookie;
      if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
      const form = body instanceof FormData;
      if (body !== undefined && !form) headers['content-type'] = 'application/json';
      return fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
    },
  };
}

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly pathParams: string[];
  readonly queryParams: string[];
}

/** Every operation the server documents (its route table as OpenAPI). */
export async function operations(base: string): Promise<Operation[]> {
  const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
}

export const fillPath = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '1'));
