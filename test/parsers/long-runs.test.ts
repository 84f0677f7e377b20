import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPlan, parseValue } from '../../src/parsers/index.ts';
import { parseObservedValue } from '../../src/domain/index.ts';
import { decodeText, htmlToSource } from '../../src/readers/index.ts';
import { splitLines } from '../../src/readers/split-lines.ts';

/**
 * Pathological text: 1 MB runs of one character, alone and between the labels parsers look for. A
 * regular expression that backtracks over a run (two optional `\s*` side by side) takes hours on
 * these; linear code takes seconds. The test's own timeout is the assertion that each finishes.
 */
const megabyte = 1024 * 1024;
const runs: Record<string, string> = { spaces: ' ', tabs: '\t', 'ideographic spaces': '\u3000', 'spaces and tabs': ' \t', dots: '.', digits: '1', dashes: '-' };
const prefixes = ['', '专栏', '【专栏1', '第一章', '（一）', '一、', '1.', '表1', '到2025年', '≥'];
const suffixes = ['', 'x', '。', '2', '%'];

for (const [name, unit] of Object.entries(runs)) {
  test(`every parser finishes on 1 MB runs of ${name}`, { timeout: 600_000 }, () => {
    const run = unit.repeat(megabyte / unit.length);
    const texts = prefixes.flatMap((p) => suffixes.map((s) => p + run + s));
    const source = { file: 'runs.txt', format: 'txt' as const, sha256: '0', encoding: 'utf-8', lines: splitLines(texts.join('\n')), warnings: [] };
    assert.equal(source.lines.length, texts.length);
    const extract = extractPlan(source);
    assert.equal(extract.source.file, 'runs.txt');
    for (const text of texts) {
      parseValue(text);
      parseObservedValue(text);
    }
    const html = htmlToSource(texts.slice(0, 10).map((t) => `<p>${t}</p><table><tr><td>${t}</td><td>${t}</td></tr></table>`).join(''));
    assert.ok(html.lines.length > 0);
    assert.equal(decodeText(new TextEncoder().encode(texts[1]!))?.text.length, texts[1]!.length);
  });
}
