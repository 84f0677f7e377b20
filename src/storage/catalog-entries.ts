import { shippedCatalog, type CatalogEdit, type CatalogEntry } from '../domain/catalog/index.ts';
import type { Sql } from './database.ts';

const columns = `id, name, synonyms, unit, direction, kind, definition, source, department, frequency`;

/** Inserts the shipped entries the table lacks; entries a user edited stay as edited. */
export async function seedCatalog(sql: Sql, entries: readonly CatalogEntry[] = shippedCatalog): Promise<number> {
  let added = 0;
  for (const e of entries) {
    const rows = await sql.query(
      `INSERT INTO catalog_entries (${columns}) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [e.id, e.name, JSON.stringify(e.synonyms), e.unit, e.direction, e.kind, e.definition, e.source, e.department, e.frequency],
    );
    added += rows.length;
  }
  return added;
}

/** The columns read back: the seeded ones and the entry's own value range (021-catalog-bounds). */
const readColumns = `${columns}, min_value AS min, max_value AS max`;

export async function listCatalogEntries(sql: Sql): Promise<CatalogEntry[]> {
  const rows = await sql.query<CatalogEntry>(`SELECT ${readColumns} FROM catalog_entries ORDER BY id`);
  return rows.map(fromRow);
}

export async function findCatalogEntry(sql: Sql, id: string, lock = false): Promise<CatalogEntry | undefined> {
  const rows = await sql.query<CatalogEntry>(`SELECT ${readColumns} FROM catalog_entries WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] && fromRow(rows[0]);
}

/** Writes the edited fields of one entry and who changed it. */
export async function updateCatalogRow(sql: Sql, id: string, edit: CatalogEdit, by: string): Promise<void> {
  await sql.query(
    `UPDATE catalog_entries SET
       direction = COALESCE($2, direction),
       synonyms = COALESCE($3::jsonb, synonyms),
       unit = CASE WHEN $4::boolean THEN $5 ELSE unit END,
       department = COALESCE($6, department),
       updated_by = $7, updated_at = now()
     WHERE id = $1`,
    [id, edit.direction ?? null, edit.synonyms ? JSON.stringify(edit.synonyms) : null, edit.unit !== undefined, edit.unit ?? null, edit.department ?? null, by],
  );
}

function fromRow(row: CatalogEntry): CatalogEntry {
  const synonyms = typeof row.synonyms === 'string' ? (JSON.parse(row.synonyms) as string[]) : row.synonyms;
  const bound = (x: number | null | undefined) => (x === null || x === undefined ? null : Number(x));
  return { ...row, synonyms, direction: Number(row.direction) === -1 ? -1 : 1, min: bound(row.min), max: bound(row.max) };
}
