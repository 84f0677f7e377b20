import { readdirSync, readFileSync } from 'node:fs';
import type { SourceLine } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import { decodeText } from '../../src/readers/index.ts';
import { rowSummary, score } from './development-files.ts';

// Prints, per development text fixture, rows exact and fields right against its hand-checked expectation,
// read as development-plans.test.ts reads it (the first read of a new fixture is recorded from this):
// `npx tsx test/parsers/development-plans-score.ts [name …]`.
const fixtures = new URL('../fixtures/development/', import.meta.url);
const wanted = process.argv.slice(2);
const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt') && (wanted.length === 0 || wanted.some((w) => f.startsWith(w))));

for (const file of names.sort()) {
  const text = decodeText(readFileSync(new URL(file, fixtures)))!.text;
  const lines: SourceLine[] = text.split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
  const result = extractPlan({ file, format: 'txt', encoding: 'utf-8', sha256: '', lines, warnings: [] });
  const expected = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), fixtures), 'utf8'));
  const s = score(expected.indicators, result.indicators.map(rowSummary));
  const issues = result.issues.filter((i) => i.code.startsWith('table') || i.code.startsWith('no-')).map((i) => i.code);
  console.log(`${file.replace(/\.txt$/, '')}: rows exact ${s.rows}/${s.of} (read ${s.read}), fields ${s.fields}/${s.total}${issues.length ? `; issues ${issues.join(', ')}` : ''}`);
}
