import type { DocumentIssue, Indicator, IndicatorTable } from '../domain/index.ts';
import type { GridTablePlan } from './source-table-caption.ts';
import { readNoteContext } from './table-notes.ts';
import { readRows } from './table-rows.ts';

/** A grid the reader knew (Word, HTML, ruled PDF) has no segmentation to doubt. */
const GRID_CONFIDENCE = 1;

interface Found {
  readonly tables: IndicatorTable[];
  readonly indicators: Indicator[];
  readonly issues: DocumentIssue[];
}

/**
 * Reads a grid table's rows (readRows, as for every table) and adds them to what the table loop
 * found; a continued table (表2（续）, or its next page) adds its rows to the table above.
 */
export function appendGridTable(found: Found, plan: GridTablePlan): void {
  const continued = plan.continued ? found.tables.pop() : undefined;
  const caption = continued?.caption ?? plan.caption;
  const { body } = plan;
  const rows = readRows({ caption, roles: body.roles, rows: body.rows, context: readNoteContext(body.notes) });
  const count = (continued?.rows ?? 0) + rows.indicators.length;
  const table = { caption, kind: body.header.kind, line: plan.line, rows: count, confidence: GRID_CONFIDENCE };
  found.tables.push(continued ? { ...continued, rows: count } : table);
  found.indicators.push(...rows.indicators);
  found.issues.push(...plan.issues, ...body.issues, ...rows.issues);
}
