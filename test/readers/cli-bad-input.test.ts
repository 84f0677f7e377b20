import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'plantrack-cli-bad-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const extract = (file: string) =>
  spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), 'extract', file, '--json'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

const cases: [string, () => string, RegExp][] = [
  ['a missing file', () => '不存在.txt', /找不到文件 .*不存在\.txt/],
  ['an empty file', () => (writeFileSync(join(dir, 'empty.txt'), ''), 'empty.txt'), /文件 empty\.txt 是空文件/],
  ['a binary file', () => (writeFileSync(join(dir, 'x.txt'), Buffer.from([0, 1, 2, 0, 255, 0])), 'x.txt'), /文件 x\.txt 不是文本文件/],
  ['a PDF without text', () => join(root, 'test/fixtures/readers/scan-like.pdf'), /文件 scan-like\.pdf 没有文字层/],
  ['a truncated .docx', () => (writeFileSync(join(dir, 'cut.docx'), Buffer.from('PK\u0003\u0004trunc')), 'cut.docx'), /文件 cut\.docx 不是有效的 Word/],
];

for (const [what, make, message] of cases) {
  test(`plantrack extract on ${what} exits non-zero with a message and no stack trace`, () => {
    const result = extract(make());
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /^错误：/);
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.equal(result.stdout, '');
  });
}
