import { loadFixtureTables, type FixtureTable } from './fixture-tables.ts';
import { isFalseAlarm, isSilent, type Outcome } from './known-gaps.ts';
import { summaryLines, tallyFamilies, type CaseResult } from './summary.ts';
import { AFTER_TABLE, BEFORE_TABLE, renderTextCase } from './text-cases.ts';
import { TEXT_VARIANTS } from './variants.ts';

const EXAMPLES_PER_FAMILY = 6;
/** Silent renderings are listed one by one (they are the next work), up to this many per family. */
const SILENT_LISTED = 16;

const SAMPLE_LINES = 24;

/** The table's lines of a plain-text rendering (a file family has none to show). */
function sampleOf(family: string, tableId: string, variantName: string): string[] {
  const variant = TEXT_VARIANTS[family]?.find((v) => v.name === variantName);
  const table = loadFixtureTables().find((t) => t.id === tableId);
  if (!variant || !table) return [];
  const lines = renderTextCase(family, variant, table).lines.slice(BEFORE_TABLE.length, -AFTER_TABLE.length);
  return lines.length > SAMPLE_LINES ? [...lines.slice(0, SAMPLE_LINES), '…'] : lines;
}

const count = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};

function familySection(family: string, results: readonly CaseResult[]): string[] {
  const mine = results.filter((r) => r.family === family);
  const outcomes = mine.flatMap((r) => r.outcomes.map((o) => ({ ...o, table: r.table })));
  const failing = outcomes.filter((o) => o.difference);
  const variants = [...new Set(outcomes.map((o) => o.variant))].map((variant) => {
    const of = outcomes.filter((o) => o.variant === variant);
    const rows = `${of.reduce((n, o) => n + o.exactRows, 0)}/${of.reduce((n, o) => n + o.rows, 0)}`;
    const exact = `${of.filter((o) => !o.difference).length}/${of.length}`;
    return `| ${variant} | ${exact} | ${rows} | ${of.filter(isSilent).length} | ${of.filter(isFalseAlarm).length} |`;
  });
  const fields = count(failing, (o) => o.difference!.field).map(([field, n]) => `\`${field}\` ×${n}`);
  // the first failing variant of each table, so the examples show different tables
  const firstPerTable = new Map<string, (typeof failing)[number]>();
  for (const o of failing) if (!firstPerTable.has(o.table)) firstPerTable.set(o.table, o);
  const examples = [...firstPerTable.values()].slice(0, EXAMPLES_PER_FAMILY);
  const sample = examples.length ? sampleOf(family, examples[0].table, examples[0].variant) : [];
  const tally = tallyFamilies(mine)[0];
  return [
    `## ${summaryLines(mine)[0]}`, '',
    '| variant | exact | rows exact | silent | false alarms |', '|---|---|---|---|---|', ...variants, '',
    failing.length ? `First differing field: ${fields.join(', ')}.` : 'Every rendering comes back exact.', '',
    ...examples.map((o) => `- ${o.table} · ${o.variant}: ${o.difference!.message}`), '',
    ...silentSection(outcomes.filter(isSilent)),
    ...(sample.length ? ['The first example as printed:', '', '```text', ...sample, '```', ''] : []),
  ];
}

/** Every silent rendering (wrong, nothing flagged) with its first difference and rows not exact. */
function silentSection(silent: ReadonlyArray<Outcome & { table: string }>): string[] {
  if (silent.length === 0) return [];
  const more = silent.length > SILENT_LISTED ? [`- … and ${silent.length - SILENT_LISTED} more`] : [];
  return [
    `Silent (wrong, no table issue, confidence at or above the doubt line): ${silent.length} renderings.`, '',
    ...silent.slice(0, SILENT_LISTED).map((o) =>
      `- ${o.table} · ${o.variant} (${o.rows - o.exactRows}/${o.rows} rows wrong): ${o.difference!.message}`),
    ...more, '',
  ];
}

/** The to-do list of the parser and reader work: per family what comes back, and where it first goes wrong. */
export function reportMarkdown(results: readonly CaseResult[], tables: readonly FixtureTable[], seconds: number) {
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  const families = [...new Set(results.map((r) => r.family))];
  return [
    '# Round-trip report', '',
    'Written by `npx tsx test/parsers/roundtrip/write-report.ts` (do not edit by hand). Every hand-checked',
    `table of the fixtures (${tables.length} tables, ${rows} rows) is printed in each layout family and`,
    'variant, read back by the real parser, and compared field by field (name, unit, category, seq,',
    'attribute, and raw and value of baseline, target, actual, annualGrowth). A table is exact in a family',
    'when every variant gives back every row; a row is exact when every field is (rows counted in order, so a',
    'lost or extra row costs only itself). The first differing field of each rendering is counted.',
    'A rendering that differs is silent when nothing tells the user to check it: no table issue',
    '(table-ambiguous, table-unread …) on its lines and no table below the doubt line of `plantrack extract`',
    '(`isDoubtfulTable`, src/domain/table-doubt.ts). Silent rows are the rows not exact of silent renderings.',
    'A false alarm is the other way round: a rendering read exactly that is flagged all the same (out of the',
    'exact renderings); known-false-alarms.json holds each family to no more than it has.', '',
    '```', ...summaryLines(results), '```', '',
    `(${results.reduce((n, r) => n + r.outcomes.length, 0)} renderings in ${seconds.toFixed(1)} s.)`, '',
    ...families.flatMap((family) => familySection(family, results)),
  ].join('\n');
}
