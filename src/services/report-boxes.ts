import type { Box } from '../domain/index.ts';
import type { BoxItemStatus } from '../reports/index.ts';
import type { Sql } from '../storage/index.ts';
import { selectBoxItemProgress, selectResponsibilities } from '../storage/responsibilities.ts';

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

/** Each 专栏 item's 牵头单位 and latest progress record (milestone, date, evidence) for the report's progress table. */
export async function storedBoxProgress(sql: Sql, planId: number): Promise<BoxItemStatus[]> {
  const [owners, records] = [await selectResponsibilities(sql, { planId }), await selectBoxItemProgress(sql, planId)];
  const keys = new Set([...owners.filter((o) => o.kind === 'box-item').map((o) => o.item), ...records.map((r) => r.item)]);
  return [...keys].map((key) => {
    // records come ordered by item, then date: the last is the latest
    const latest = records.filter((r) => r.item === key).at(-1);
    return {
      key, department: owners.find((o) => o.kind === 'box-item' && o.item === key)?.department ?? null,
      milestone: latest?.milestone ?? null, date: latest?.date ?? null, evidence: latest ? latest.evidenceUrl ?? latest.note : null,
    };
  });
}
