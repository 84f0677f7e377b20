import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

// Dependencies point inward: a folder may import only the folders listed for it.
// The web app talks to the server over HTTP; it may take the API's response types, type-only, from this one file.
const webTypesFile = 'server/api-types.ts';
const allowed: Record<string, string[]> = {
  domain: [],
  parsers: ['domain'],
  evaluation: ['domain'],
  readers: ['domain'],
  storage: ['domain', 'search'],
  search: ['domain'],
  reports: ['domain', 'evaluation'],
  services: ['domain', 'readers', 'parsers', 'evaluation', 'storage', 'search', 'reports'],
  cli: ['domain', 'services', 'server'],
  server: ['domain', 'services'],
  web: ['domain'],
};

const src = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every import between src folders points inward', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = relative(src, file).split('/')[0];
    const text = readFileSync(file, 'utf8');
    const typeOnly = new Set([...text.matchAll(/(?:import|export)\s+type\s[^;]*?from\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]));
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = relative(src, resolve(dirname(file), match[1])).split('/')[0];
      if (target === from || target.startsWith('..')) continue;
      if (from === 'web' && typeOnly.has(match[1]) && relative(src, resolve(dirname(file), match[1])) === webTypesFile) continue;
      if (!(allowed[from] ?? []).includes(target)) violations.push(`${relative(src, file)} → ${match[1]}`);
    }
  }
  assert.deepEqual(violations, []);
});
