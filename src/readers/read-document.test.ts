import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { AppError } from '../domain/index.ts';
import { readDocument } from './index.ts';
import { buildExcerptDocx } from '../../test/fixtures/readers/build-docx.ts';
import { excerptHtml, expectedTabLines, seedFile } from '../../test/fixtures/readers/seed-excerpt.ts';

const dir = mkdtempSync(join(tmpdir(), 'plantrack-read-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const place = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const seedText = readFileSync(seedFile, 'utf8');

async function assertRefused(path: string, code: string, message: string) {
  await assert.rejects(readDocument(path), (error: unknown) => {
    assert.ok(error instanceof AppError, `an AppError, not ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.message, message);
    return true;
  });
}

test('a seed plan is read with its own line numbers, hash and encoding', async () => {
  const source = await readDocument(seedFile);
  const lines = seedText.split('\n');
  assert.equal(source.file, '000_6672659702fb4163.txt');
  assert.equal(source.format, 'txt');
  assert.equal(source.encoding, 'utf-8');
  assert.match(source.sha256, /^[0-9a-f]{64}$/);
  assert.equal(source.lines[89].line, 90);
  assert.equal(source.lines[89].text, lines[89]);
  assert.equal(source.lines[89].text, '表2-1  “十四五”时期新型城镇化发展主要指标');
});

const refusals: [string, () => string, string, string][] = [
  ['a path that does not exist', () => join(dir, '没有这个文件.txt'), 'not-found', `找不到文件 ${join(dir, '没有这个文件.txt')}，请检查路径和文件名`],
  ['a directory', () => (mkdirSync(join(dir, '文件夹'), { recursive: true }), join(dir, '文件夹')), 'invalid-input', `${join(dir, '文件夹')} 是文件夹而不是文件，请给出规划文件本身的路径`],
  ['an empty file', () => place('空.txt', ''), 'invalid-input', '文件 空.txt 是空文件（0 字节），请检查是否下载或保存完整'],
  ['a binary file named .txt', () => place('图片.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), 'invalid-input', '文件 图片.txt 不是文本文件（含二进制内容，或不是可识别的中文编码），无法读取；支持 txt、docx、pdf、html、doc、wps'],
  ['a binary file of unknown type', () => place('data.bin', Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)), 'invalid-input', '文件 data.bin 不是文本文件（含二进制内容，或不是可识别的中文编码），无法读取；支持 txt、docx、pdf、html、doc、wps'],
  ['a text file named .docx', () => place('假的.docx', '只是文字'), 'invalid-input', '文件 假的.docx 不是有效的 Word（.docx）文件（可能已损坏、不完整或其实是别的格式），请用 Word 或 WPS 打开后重新另存为 .docx'],
  ['an HTML page without text', () => place('空页.html', '<html><body><img src="a.png"></body></html>'), 'invalid-input', '文件 空页.html 是没有正文文字的网页，请提供含规划正文的页面或文件'],
];

for (const [what, make, code, message] of refusals) {
  test(`${what} is refused with a message naming it`, async () => {
    await assertRefused(make(), code, message);
  });
}

test('a truncated .docx is refused as not a valid Word file', async () => {
  const whole = await buildExcerptDocx();
  const path = place('截断.docx', whole.subarray(0, Math.floor(whole.length / 2)));
  await assertRefused(path, 'invalid-input', '文件 截断.docx 不是有效的 Word（.docx）文件（可能已损坏、不完整或其实是别的格式），请用 Word 或 WPS 打开后重新另存为 .docx');
});

test('HTML in GBK is decoded by its <meta charset>, tables as TAB rows', async () => {
  const html = excerptHtml().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  const source = await readDocument(place('摘录.htm', iconv.encode(html, 'gbk')));
  assert.equal(source.format, 'html');
  assert.equal(source.encoding, 'gb18030');
  assert.deepEqual(source.lines.slice(-expectedTabLines().length).map((l) => l.text), expectedTabLines());
});

test('a file of unknown extension is read by its content: text, HTML saved as .txt, a PDF', async () => {
  const markdown = await readDocument(place('规划.md', iconv.encode('# 规划\r\n第一章', 'gb18030')));
  assert.deepEqual([markdown.format, markdown.encoding, markdown.lines.map((l) => l.text)], ['txt', 'gb18030', ['# 规划', '第一章']]);
  const page = await readDocument(place('网页.txt', excerptHtml()));
  assert.equal(page.format, 'html');
  const pdf = await readDocument(place('download', readFileSync('test/fixtures/readers/half-scanned.pdf')));
  assert.equal(pdf.format, 'pdf');
});

test('a 50 MB text is read whole and linearly', { timeout: 120_000 }, async () => {
  const path = join(dir, 'big.txt');
  const plan = seedText.endsWith('\n') ? seedText : `${seedText}\n`;
  const chunk = Buffer.from(plan, 'utf8');
  const copies = Math.ceil((50 * 1024 * 1024) / chunk.length);
  const fd = openSync(path, 'w');
  for (let i = 0; i < copies; i++) writeSync(fd, chunk);
  closeSync(fd);
  const started = Date.now();
  const source = await readDocument(path);
  const planLines = plan.split('\n').slice(0, -1);
  assert.equal(source.lines.length, planLines.length * copies);
  assert.equal(source.lines.at(-1)!.text, planLines.at(-1));
  assert.ok(Date.now() - started < 60_000, `read in ${Date.now() - started} ms`);
  rmSync(path);
});
