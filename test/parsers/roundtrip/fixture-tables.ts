import { readdirSync, readFileSync } from 'node:fs';
import type { Attribute, TableKind } from '../../../src/domain/index.ts';

/** A printed cell as the round trip compares it: what was printed and the number read from it. */
export interface CellValue {
  readonly raw: string;
  readonly value: number | null;
}

/** One hand-checked indicator row, reduced to the fields a layout must carry through. */
export interface ExpectedRow {
  readonly seq: number | null;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute | null;
  readonly baseline: CellValue | null;
  readonly target: CellValue | null;
  readonly actual: CellValue | null;
  readonly annualGrowth: CellValue | null;
}

/** One table of a fixture with its hand-checked rows; `id` names where it came from. */
export interface FixtureTable {
  readonly id: string;
  readonly caption: string;
  readonly kind: TableKind;
  readonly rows: readonly ExpectedRow[];
}

const fixtures = new URL('../../fixtures/', import.meta.url);
const VALUE_FIELDS = ['baseline', 'target', 'actual', 'annualGrowth'] as const;

type Json = Record<string, unknown>;
type TableEntry = { caption: string; kind: TableKind; rows: number };
type FixtureJson = { tables: unknown[]; indicators: Json[] };

const listJson = (dir: string, suffix: string) =>
  readdirSync(new URL(dir, fixtures)).filter((f) => f.endsWith(suffix)).sort().map((f) => ({
    name: f.slice(0, -suffix.length),
    json: JSON.parse(readFileSync(new URL(`${dir}${f}`, fixtures), 'utf8')) as FixtureJson,
  }));

/** `{ raw, value, … }` of seeds/*.indicators.json and tables/*.json. */
const fromValue = (v: unknown): CellValue | null =>
  v === null ? null : { raw: (v as CellValue).raw, value: (v as CellValue).value };

/** `raw = value comparator …` of development/*.expected.json (raw never holds ` = `). */
function fromSummary(v: unknown): CellValue | null {
  if (v === null) return null;
  const [raw, rest] = (v as string).split(' = ');
  const number = rest.split(' ')[0];
  return { raw, value: number === '∅' ? null : Number(number) };
}

function toRow(row: Json, value: (v: unknown) => CellValue | null): ExpectedRow {
  type Values = Pick<ExpectedRow, (typeof VALUE_FIELDS)[number]>;
  const values = Object.fromEntries(VALUE_FIELDS.map((f) => [f, value(row[f])])) as Values;
  return {
    seq: row.seq as number | null, category: row.category as string | null, name: row.name as string,
    unit: row.unit as string | null, attribute: row.attribute as Attribute | null, ...values,
  };
}

/** Rows of several tables, in table order: `counts[i]` rows belong to table i. */
function splitRows(rows: readonly ExpectedRow[], counts: readonly number[]): ExpectedRow[][] {
  let start = 0;
  return counts.map((n) => rows.slice(start, (start += n)));
}

function tablesOf(id: string, tables: TableEntry[], rows: ExpectedRow[]): FixtureTable[] {
  const parts = splitRows(rows, tables.map((t) => t.rows));
  const idOf = (i: number) => (tables.length > 1 ? `${id}#${i + 1}` : id);
  return tables.map((t, i) => ({ id: idOf(i), caption: t.caption, kind: t.kind, rows: parts[i] }));
}

function developmentTables(): FixtureTable[] {
  return listJson('development/', '.expected.json').flatMap(({ name, json }) => {
    const tables = (json.tables as string[]).map((s) => {
      const [caption, kind, rows] = s.split(' | ');
      return { caption, kind: kind as TableKind, rows: Number(rows) };
    });
    return tablesOf(`development/${name}`, tables, json.indicators.map((r) => toRow(r, fromSummary)));
  });
}

const structuredTables = (dir: string, suffix: string) =>
  listJson(dir, suffix).flatMap(({ name, json }) =>
    tablesOf(`${dir}${name}`, json.tables as TableEntry[], json.indicators.map((r) => toRow(r, fromValue))));

/**
 * Every hand-checked indicator table of the fixtures (seeds, development, tables), each once: a table
 * transcribed twice (the same rows from two printings) keeps its first id.
 */
export function loadFixtureTables(): FixtureTable[] {
  const all = [
    ...structuredTables('seeds/', '.indicators.json'), ...developmentTables(), ...structuredTables('tables/', '.json'),
  ];
  const seen = new Set<string>();
  return all.filter((table) => {
    const key = JSON.stringify(table.rows);
    if (table.rows.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
