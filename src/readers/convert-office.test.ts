import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocument } from './index.ts';
import { findLibreOffice } from './convert-office.ts';
import { hasLibreOffice, requireSystem } from '../../test/support/system.ts';
import { buildExcerptDocx } from '../../test/fixtures/readers/build-docx.ts';
import { expectedTabLines } from '../../test/fixtures/readers/seed-excerpt.ts';

test('an old Word .doc (and the same file named .wps) is read through LibreOffice like its .docx', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice（apt-get install libreoffice-writer-nogui）')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-doc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const docx = join(dir, 'excerpt.docx');
  writeFileSync(docx, await buildExcerptDocx());
  execFileSync(findLibreOffice()!, [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless', '--convert-to', 'doc', '--outdir', dir, docx,
  ], { timeout: 120_000, stdio: 'ignore' });
  copyFileSync(join(dir, 'excerpt.doc'), join(dir, '金山文字.wps'));

  const fromDocx = await readDocument(docx);
  for (const name of ['excerpt.doc', '金山文字.wps']) {
    const source = await readDocument(join(dir, name));
    assert.equal(source.format, name.endsWith('.doc') ? 'doc' : 'wps');
    assert.deepEqual(source.lines.map((l) => l.text), fromDocx.lines.map((l) => l.text));
    assert.ok(expectedTabLines().every((row) => source.lines.some((l) => l.text === row)));
  }
});

test('a .doc that is really a .docx (a common renaming) is read without LibreOffice', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-doc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, '改名.doc');
  writeFileSync(path, await buildExcerptDocx());
  const source = await readDocument(path);
  assert.ok(expectedTabLines().every((row) => source.lines.some((l) => l.text === row)));
});
