import { after, test } from 'node:test';
import { loadFixtureTables } from './fixture-tables.ts';
import { failureMessage, judge, loadKnownGaps, todoReason } from './known-gaps.ts';
import { summaryLines } from './summary.ts';
import { textResults } from './text-cases.ts';

// Generality, not fit: every hand-checked table of the fixtures, printed in every plain-text layout family
// (and variants: columns dropped or added, names wrapped, page breaks), must come back with the same rows.
// What the parser cannot read yet is listed in known-gaps.json and runs as a todo; see README.md.
const tables = loadFixtureTables();
const gaps = loadKnownGaps();

const results = textResults(tables);

for (const result of results) {
  const verdict = judge(result.outcomes, gaps[result.family]?.[result.table]);
  const todo = verdict.regressions.length === 0 && verdict.gaps.length > 0 ? todoReason(verdict, result.outcomes.length) : undefined;
  test(`${result.family} · ${result.table}: every variant gives back the printed rows`, { todo }, () => {
    for (const variant of verdict.closed) console.log(`gap closed: ${result.family} · ${result.table} · ${variant} — delete it from known-gaps.json`);
    if (verdict.regressions.length > 0) throw new Error(failureMessage(verdict));
    if (todo) throw new Error(todo);
  });
}

test('the round trip covers every fixture table in every plain-text family', () => {
  if (tables.length < 25) throw new Error(`only ${tables.length} fixture tables found`);
});

after(() => console.log(['round trip, plain text:', ...summaryLines(results)].join('\n')));
