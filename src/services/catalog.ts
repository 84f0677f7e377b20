import { type CatalogEdit, type CatalogEntry } from '../domain/catalog/index.ts';
import { invalidInput, notFound } from '../domain/index.ts';
import { findCatalogEntry, listCatalogEntries, updateCatalogRow } from '../storage/catalog-entries.ts';
import { linkIndicatorRows } from '../storage/catalog-links.ts';
import type { Database, Sql } from '../storage/database.ts';
import { recordAudit } from '../storage/audit.ts';
import { writeAndRefresh } from './overview-summaries.ts';

/** The stored (editable) catalogue, by id. */
export async function listCatalog(sql: Sql): Promise<CatalogEntry[]> {
  return listCatalogEntries(sql);
}

export async function getCatalogEntry(sql: Sql, id: string): Promise<CatalogEntry> {
  const entry = await findCatalogEntry(sql, id);
  if (!entry) throw notFound(`指标目录中没有 "${id}"：用 plantrack catalog 查看全部编号。`);
  return entry;
}

/**
 * Changes an entry's direction, synonyms, unit or department; audited with the values before and
 * after. Plan rows are re-linked, since a new synonym may now match them.
 */
export async function updateCatalogEntry(db: Database, id: string, edit: CatalogEdit, by: string): Promise<CatalogEntry> {
  if (edit.direction !== undefined && edit.direction !== 1 && edit.direction !== -1) {
    throw invalidInput(`方向只能是 1（越大越好）或 -1（越小越好），收到 ${String(edit.direction)}`);
  }
  return writeAndRefresh(db, async (tx) => {
    const before = await findCatalogEntry(tx, id, true);
    if (!before) throw notFound(`指标目录中没有 "${id}"：用 plantrack catalog 查看全部编号。`);
    await updateCatalogRow(tx, id, edit, by);
    const after = (await findCatalogEntry(tx, id))!;
    await recordAudit(tx, { by, action: 'update', entity: 'catalog_entry', entityId: id, old: pick(before, edit), new: pick(after, edit) });
    if (edit.synonyms) await linkIndicatorRows(tx, await listCatalogEntries(tx));
    return after;
  });
}

/**
 * Links a plan's indicator rows to catalogue entries by name (indicators.catalog_id). The plans
 * side calls it inside its import transaction; without planId it links every row not linked yet.
 */
export async function linkIndicatorsToCatalog(sql: Sql, planId?: number): Promise<number> {
  return linkIndicatorRows(sql, await listCatalogEntries(sql), planId);
}

function pick(entry: CatalogEntry, edit: CatalogEdit): Partial<CatalogEntry> {
  return Object.fromEntries(Object.keys(edit).map((key) => [key, entry[key as keyof CatalogEntry]]));
}
