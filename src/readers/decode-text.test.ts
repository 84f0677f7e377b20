import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeText, detectEncoding } from './decode-text.ts';
import { splitLines } from './split-lines.ts';

const seed = readFileSync('examples/plans/000_6672659702fb4163.txt', 'utf8'); // only GBK characters
const seedWithNonGbk = readFileSync('examples/plans/001_7c17e6fcf30f2c99.txt', 'utf8');
const lines = (bytes: Uint8Array) => splitLines(decodeText(bytes)!.text).map((l) => l.text);
const seedLines = seed.split('\n').slice(0, seed.endsWith('\n') ? -1 : undefined);

const variants: [string, () => Uint8Array, string][] = [
  ['UTF-8 without BOM', () => Buffer.from(seed, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]), 'utf-8'],
  ['UTF-16LE with BOM', () => iconv.encode(seed, 'utf-16le', { addBOM: true }), 'utf-16le'],
  ['UTF-16BE with BOM', () => iconv.encode(seed, 'utf-16be', { addBOM: true }), 'utf-16be'],
  ['GB18030', () => iconv.encode(seed, 'gb18030'), 'gb18030'],
  ['GBK', () => iconv.encode(seed, 'gbk'), 'gb18030'],
  ['UTF-8 with CRLF line ends', () => Buffer.from(seed.replace(/\n/g, '\r\n'), 'utf8'), 'utf-8'],
  ['GB18030 with CR line ends', () => iconv.encode(seed.replace(/\n/g, '\r'), 'gb18030'), 'gb18030'],
];

for (const [name, encode, encoding] of variants) {
  test(`the seed plan in ${name} is detected as ${encoding} and gives the UTF-8 seed's lines`, () => {
    const bytes = encode();
    assert.equal(detectEncoding(bytes), encoding);
    assert.deepEqual(lines(bytes), seedLines);
  });
}

test('a plan with characters outside GBK round-trips through GB18030', () => {
  const decoded = decodeText(iconv.encode(seedWithNonGbk, 'gb18030'))!;
  assert.equal(decoded.encoding, 'gb18030');
  assert.equal(decoded.text, seedWithNonGbk);
});

test('UTF-8 detection forgives a character cut by the end of the 64 KB sample', () => {
  const text = `a${'中'.repeat(30000)}`; // 90 001 bytes: byte 65 536 falls inside a character
  assert.equal(detectEncoding(Buffer.from(text, 'utf8')), 'utf-8');
});

test('detection looks at a sample only: invalid UTF-8 after 64 KB does not change the verdict', () => {
  const bytes = Buffer.concat([Buffer.from('规划'.repeat(20000), 'utf8'), iconv.encode('规划', 'gb18030')]);
  assert.equal(detectEncoding(bytes), 'utf-8');
});

test('bytes with NUL or many control characters are not text', () => {
  assert.equal(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), undefined);
  assert.equal(decodeText(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7) % 32)), undefined);
});

test('splitLines numbers lines across CRLF, LF and lone CR and keeps blank lines', () => {
  assert.deepEqual(splitLines('一\r\n二\n\n三\r四').map((l) => [l.line, l.text]), [[1, '一'], [2, '二'], [3, ''], [4, '三'], [5, '四']]);
  assert.deepEqual(splitLines('一\n').map((l) => l.text), ['一']);
});
