import type { Sql } from './database.ts';
import { markSummariesStale } from './plan-summaries.ts';

/** One line of the audit log: who did what to which entity, with the value before and after. */
export interface AuditEntry {
  /** --by or the OS user; a user name for the server */
  readonly by: string;
  /** import, correct, restore, observe … */
  readonly action: string;
  /** the table or kind of thing: plan, indicator, observation … */
  readonly entity: string;
  readonly entityId?: string | number | null;
  readonly old?: unknown;
  readonly new?: unknown;
}

/**
 * Appends to audit_log inside the caller's transaction, so the record and the change commit together;
 * the overview rows of the plans the change touched are marked stale in the same transaction.
 */
export async function recordAudit(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query(
    'INSERT INTO audit_log (actor, action, entity, entity_id, old_value, new_value) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
    [entry.by, entry.action, entry.entity, entry.entityId == null ? null : String(entry.entityId), toJson(entry.old), toJson(entry.new)],
  );
  await markSummariesStale(sql, entry);
}

const toJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
