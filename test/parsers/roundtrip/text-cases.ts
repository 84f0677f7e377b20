import type { Indicator, PlanExtract, SourceLine, SourceText } from '../../../src/domain/index.ts';
import { extractPlan } from '../../../src/parsers/index.ts';
import { compareRows, countExactRows } from './compare-rows.ts';
import type { ExpectedRow, FixtureTable } from './fixture-tables.ts';
import { isFlagged, type Reading } from './flagged.ts';
import type { Outcome } from './known-gaps.ts';
import { printLines } from './print-lines.ts';
import { createRandom } from './seeded-random.ts';
import type { CaseResult } from './summary.ts';
import { buildGrid, type Grid } from './table-grid.ts';
import { TEXT_FAMILIES } from './text-families.ts';
import { TEXT_VARIANTS, type Variant } from './variants.ts';

/** The prose around every rendered table: a goals section before it, the next chapter after it. */
export const BEFORE_TABLE = ['第二章  发展目标', '', '到2025年，主要发展目标如下。', ''];
export const AFTER_TABLE = ['', '第三章  加快构建现代产业体系', '', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。'];

/** One table printed one way: its text and the rows the parser must give back. */
export interface RenderedCase {
  readonly family: string;
  readonly variant: string;
  readonly table: FixtureTable;
  readonly grid: Grid;
  readonly lines: readonly string[];
}

export const caseSeed = (family: string, variant: string, table: FixtureTable) =>
  `${family} | ${variant} | ${table.id}`;

export function renderTextCase(family: string, variant: Variant, table: FixtureTable): RenderedCase {
  const random = createRandom(caseSeed(family, variant.name, table));
  const grid = buildGrid(table, variant.columns);
  const tableLines = TEXT_FAMILIES[family](printLines(grid, variant.print, random), random);
  const lines = [...BEFORE_TABLE, grid.caption, ...tableLines, ...AFTER_TABLE];
  return { family, variant: variant.name, table, grid, lines };
}

/** Every family × variant of one table (only variants that change how the table prints). */
export const textCasesOf = (family: string, table: FixtureTable) =>
  TEXT_VARIANTS[family].filter((v) => v.applies(table)).map((v) => renderTextCase(family, v, table));

export const TEXT_FAMILY_NAMES = Object.keys(TEXT_VARIANTS);

/** Runs the real extractor on the lines of a plain-text document. */
export function extractLines(lines: readonly string[]): PlanExtract {
  const source: SourceLine[] = lines.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
  const text: SourceText = {
    file: 'roundtrip.txt', format: 'txt', encoding: 'utf-8', sha256: '', lines: source, warnings: [],
  };
  return extractPlan(text);
}

/**
 * What one rendering gave back: its first difference, how many rows came back exact, and whether the
 * tables and issues read from its lines flag it for checking.
 */
export const outcomeOf = (
  variant: string, expected: readonly ExpectedRow[], found: readonly Indicator[], reading: Reading,
): Outcome => ({
  variant, difference: compareRows(expected, found), rows: expected.length, exactRows: countExactRows(expected, found),
  flagged: isFlagged(reading),
});

function outcomeOfText(rendered: RenderedCase): Outcome {
  const extract = extractLines(rendered.lines);
  return outcomeOf(rendered.variant, rendered.grid.expected, extract.indicators, extract);
}

/** Every plain-text family × fixture table, each variant extracted and compared. */
export const textResults = (tables: readonly FixtureTable[]): CaseResult[] =>
  TEXT_FAMILY_NAMES.flatMap((family) => tables.map((table) => ({
    family, table: table.id,
    outcomes: textCasesOf(family, table).map(outcomeOfText),
  })));
