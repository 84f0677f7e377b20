import type { IndicatorTable, OutlineNode, PlanExtract, PlanReview, SourceLine, Value } from '../domain/index.ts';
import { indicatorKeyOf, shippedCatalog, textTargetRows, textTargetTable } from '../domain/catalog/index.ts';
import type { Sql } from './database.ts';
import { insertRows } from './batch-insert.ts';
import { listCatalogEntries } from './catalog-entries.ts';

export interface PlanRecord {
  readonly regionId: number | null;
  readonly extract: PlanExtract;
  readonly format: string | null;
  readonly version: number;
  readonly supersedes: number | null;
  readonly by: string;
  /** draft until a person confirms it */
  readonly review: PlanReview;
  /** why it needs checking (draftReasons) */
  readonly reviewNotes: readonly string[];
}

const metaColumns = ['region_id', 'title', 'kind', 'period_start', 'period_end', 'base_year', 'vision_year', 'issuer', 'doc_number', 'issued_date', 'source_file', 'source_format', 'source_chars', 'sha256', 'issues', 'review', 'review_notes'];

function metaValues(record: PlanRecord) {
  const { plan, source, issues } = record.extract;
  return [record.regionId, plan.title, plan.planKind, plan.period?.start ?? null, plan.period?.end ?? null, plan.baseYear, plan.visionYear, plan.issuer, plan.docNumber, plan.issuedDate, source.file, record.format, source.chars, source.sha256, JSON.stringify(issues), record.review, JSON.stringify(record.reviewNotes)];
}

/** Inserts the plan row (not its content); returns its id. */
export async function insertPlan(sql: Sql, record: PlanRecord): Promise<number> {
  const columns = [...metaColumns, 'version', 'supersedes', 'imported_by'];
  const [id] = await insertRows(sql, 'plans', columns, [[...metaValues(record), record.version, record.supersedes, record.by]], 'id');
  return id as number;
}

/** Re-extraction of a stored plan: new metadata, content replaced (savePlanContent afterwards). */
export async function replacePlanMeta(sql: Sql, planId: number, record: PlanRecord): Promise<void> {
  const sets = metaColumns.map((c, i) => `${c} = $${i + 2}`).join(', ');
  await sql.query(`UPDATE plans SET ${sets}, imported_at = now(), imported_by = $${metaColumns.length + 2} WHERE id = $1`, [planId, ...metaValues(record), record.by]);
  for (const table of ['paragraphs', 'outline_nodes', 'indicators', 'indicator_tables', 'text_targets', 'boxes']) {
    await sql.query(`DELETE FROM ${table} WHERE plan_id = $1`, [planId]);
  }
}

/** Everything extracted from one plan: outline, paragraphs, tables, indicators, text targets, boxes. */
export async function savePlanContent(sql: Sql, planId: number, extract: PlanExtract, lines: readonly SourceLine[]): Promise<void> {
  const outline = await saveOutline(sql, planId, extract.outline);
  await saveParagraphs(sql, planId, lines, outline);
  await saveIndicators(sql, planId, extract);
  await insertRows(sql, 'text_targets', ['plan_id', 'seq', 'indicator', 'year', 'target', 'target_value', 'line', 'text'],
    extract.textTargets.map((t, i) => [planId, i + 1, t.indicator, t.year, JSON.stringify(t.target), t.target.value, t.line, t.text]));
  await saveBoxes(sql, planId, extract);
}

interface StoredNode { readonly id: number; readonly line: number; readonly path: string }

/** Outline nodes, one multi-row insert per depth (parents first, so children know their parent's id). */
async function saveOutline(sql: Sql, planId: number, roots: readonly OutlineNode[]): Promise<StoredNode[]> {
  const flat: { node: OutlineNode; parent: number | null; path: string; seq: number }[] = [];
  const walk = (nodes: readonly OutlineNode[], parent: number | null, parentPath: string) => {
    for (const node of nodes) {
      const path = [parentPath, `${node.label} ${node.title}`.trim()].filter(Boolean).join(' / ');
      flat.push({ node, parent, path, seq: flat.length + 1 });
      walk(node.children, flat.length - 1, path);
    }
  };
  walk(roots, null, '');
  const ids: number[] = [];
  const columns = ['plan_id', 'parent_id', 'seq', 'level', 'label', 'title', 'line'];
  for (let level = flat.filter((f) => f.parent === null); level.length; ) {
    const inserted = await insertRows(sql, 'outline_nodes', columns,
      level.map((f) => [planId, f.parent === null ? null : ids[f.parent], f.seq, f.node.level, f.node.label, f.node.title, f.node.line]), 'id');
    level.forEach((f, i) => (ids[f.seq - 1] = inserted[i] as number));
    const placed = new Set(level.map((f) => f.seq - 1));
    level = flat.filter((f) => f.parent !== null && placed.has(f.parent));
  }
  return flat.map((f) => ({ id: ids[f.seq - 1], line: f.node.line, path: f.path })).sort((a, b) => a.line - b.line);
}

/** Each non-empty line is a paragraph, placed under the last heading above it. */
async function saveParagraphs(sql: Sql, planId: number, lines: readonly SourceLine[], outline: readonly StoredNode[]) {
  let at = -1;
  const rows = [];
  for (const line of lines) {
    while (at + 1 < outline.length && outline[at + 1].line <= line.line) at++;
    const text = line.text.trim();
    if (!text) continue;
    const node = outline[at];
    rows.push([planId, node?.id ?? null, line.line, line.position?.page ?? null, node?.path ?? '', text]);
  }
  await insertRows(sql, 'paragraphs', ['plan_id', 'outline_node_id', 'line', 'page', 'outline_path', 'text'], rows);
}

const cell = (value: Value | null) => (value ? JSON.stringify(value) : null);

/**
 * The tables' rows, then the tracked text targets as rows of the pseudo-table 文本目标 (kind targets,
 * after the real tables, so the real rows keep their sequence and a re-import the same ids). Each row is
 * linked to its catalogue entry as it is inserted (as linkIndicatorRows would), not read back and updated.
 */
async function saveIndicators(sql: Sql, planId: number, extract: PlanExtract) {
  const textRows = textTargetRows(extract, shippedCatalog);
  const textTable: IndicatorTable[] = textRows.length ? [{ caption: textTargetTable, kind: 'targets', line: textRows[0].line, rows: textRows.length }] : [];
  const tables = [...extract.tables, ...textTable];
  const tableIds = await insertRows(sql, 'indicator_tables', ['plan_id', 'seq', 'caption', 'kind', 'line', 'row_count'],
    tables.map((t, i) => [planId, i + 1, t.caption, t.kind, t.line, t.rows]), 'id');
  const idByCaption = new Map(tables.map((t, i) => [t.caption, tableIds[i] as number]));
  const catalog = await listCatalogEntries(sql);
  const columns = ['plan_id', 'table_id', 'seq', 'row_number', 'source_name', 'name', 'category', 'unit', 'attribute', 'baseline', 'target', 'actual', 'annual_growth',
    'baseline_value', 'target_value', 'target_comparator', 'target_cumulative', 'actual_value', 'annual_growth_value', 'line', 'attribute_raw', 'catalog_id'];
  await insertRows(sql, 'indicators', columns, [...extract.indicators, ...textRows].map((r, i) => [
    planId, idByCaption.get(r.table) ?? null, i + 1, r.seq === null ? null : String(r.seq), r.sourceName ?? r.name, r.name, r.category, r.unit, r.attribute,
    cell(r.baseline), cell(r.target), cell(r.actual), cell(r.annualGrowth),
    r.baseline?.value ?? null, r.target?.value ?? null, r.target?.comparator ?? null, r.target?.cumulative ?? false,
    r.actual?.value ?? null, r.annualGrowth?.value ?? null, r.line, r.attributeRaw ?? null, indicatorKeyOf(r.name, catalog).entry?.id ?? null,
  ]));
}

async function saveBoxes(sql: Sql, planId: number, extract: PlanExtract) {
  const boxIds = await insertRows(sql, 'boxes', ['plan_id', 'seq', 'title', 'line'], extract.boxes.map((b, i) => [planId, i + 1, b.title, b.line]), 'id');
  const items = extract.boxes.flatMap((box, b) => box.items.map((item, i) => [boxIds[b] as number, i + 1, item.title, item.text, item.line]));
  await insertRows(sql, 'box_items', ['box_id', 'seq', 'title', 'text', 'line'], items);
}
