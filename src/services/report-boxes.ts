import type { Box } from '../domain/index.ts';
import type { Sql } from '../storage/index.ts';

/**
 * The 专栏 boxes of a stored plan with their items, in document order.
 * Storage has no reader for boxes yet; this one read-only query belongs in src/storage when it gets one.
 */
export async function listStoredBoxes(sql: Sql, planId: number): Promise<Box[]> {
  const rows = await sql.query<{ boxId: number; title: string; line: number; itemTitle: string | null; text: string | null; itemLine: number | null }>(
    `SELECT b.id AS "boxId", b.title, b.line, i.title AS "itemTitle", i.text, i.line AS "itemLine"
       FROM boxes b LEFT JOIN box_items i ON i.box_id = b.id
      WHERE b.plan_id = $1 ORDER BY b.seq, i.seq`,
    [planId],
  );
  const boxes = new Map<number, Box>();
  for (const row of rows) {
    const box = boxes.get(row.boxId) ?? { title: row.title, line: row.line, items: [] };
    boxes.set(row.boxId, box);
    if (row.text !== null) box.items.push({ title: row.itemTitle, text: row.text, line: row.itemLine ?? row.line });
  }
  return [...boxes.values()];
}
