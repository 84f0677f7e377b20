import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from './index.ts';
import { buildExcerptDocx } from '../../test/fixtures/readers/build-docx.ts';
import { caption, expectedTabLines, heading, prose } from '../../test/fixtures/readers/seed-excerpt.ts';

test('a Word file gives its paragraphs as lines and each table row as TAB-joined cells', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, '连云港摘录.docx');
  writeFileSync(path, await buildExcerptDocx());

  const source = await readDocument(path);
  assert.equal(source.format, 'docx');
  assert.equal(source.encoding, null);
  assert.deepEqual(source.lines.map((l) => l.text), [heading, prose, caption, ...expectedTabLines(), '注：带*的为2019年数据。']);
  assert.deepEqual(source.lines.map((l) => l.line), source.lines.map((_, i) => i + 1));
  assert.ok(source.lines.every((l) => l.position.page === null));
});
