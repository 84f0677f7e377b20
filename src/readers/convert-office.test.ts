import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../domain/index.ts';
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

test('without LibreOffice a .doc is refused with how to install it or what to do instead', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-doc-'));
  const saved = process.env.PLANTRACK_SOFFICE;
  process.env.PLANTRACK_SOFFICE = join(dir, 'no-soffice-here');
  t.after(() => {
    if (saved === undefined) delete process.env.PLANTRACK_SOFFICE;
    else process.env.PLANTRACK_SOFFICE = saved;
    rmSync(dir, { recursive: true, force: true });
  });
  const path = join(dir, '旧规划.doc');
  writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  await assert.rejects(readDocument(path), (error: unknown) => {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'unsupported');
    assert.equal(error.message, '读取 旧规划.doc 需要 LibreOffice（apt-get install libreoffice-writer-nogui）；或用 Word/WPS 将其另存为 .docx 后再读取');
    return true;
  });
});

test('a corrupt .doc makes LibreOffice fail and is refused with advice', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice（apt-get install libreoffice-writer-nogui）')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-doc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, '坏.doc');
  writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
  await assert.rejects(readDocument(path), (error: unknown) => {
    assert.ok(error instanceof AppError);
    assert.match(error.message, /^LibreOffice (无法转换|转换) 坏\.doc.*另存为 \.docx/);
    return true;
  });
});
