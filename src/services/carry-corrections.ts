import type { PlanMeta } from '../domain/index.ts';
import type { Correction } from '../storage/index.ts';
import { correctionFields, type CorrectionField } from './correct-indicator.ts';
import { cellFields, type CellField, type MetaField, type PreviewEdit, type PreviewRow } from './preview-edits.ts';

/** What became of one correction of the previous reading: 已沿用 (carried) or 不再匹配——请核对 (unmatched). */
export interface CarriedCorrection {
  readonly correctionId: number;
  readonly table: string;
  readonly row: string;
  readonly field: string;
  readonly newValue: string;
  readonly status: 'carried' | 'unmatched';
  /** the preview row it now applies to */
  readonly rowId: string | null;
}

export { carriedLabels } from '../domain/index.ts';

export interface Carry {
  readonly edits: PreviewEdit[];
  readonly report: CarriedCorrection[];
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The row of a new reading a correction belongs to: same table and name as read (the nearest to its old
 * position when the name repeats); a table renamed across formats is forgiven when the name is unique.
 */
export function matchRow(c: Pick<Correction, 'tableCaption' | 'rowName' | 'rowPosition'>, rows: readonly PreviewRow[]): PreviewRow | undefined {
  const named = rows.filter((r) => squeeze(r.sourceName) === squeeze(c.rowName));
  const inTable = named.filter((r) => squeeze(r.table) === squeeze(c.tableCaption));
  const candidates = inTable.length ? inTable : named.length === 1 ? named : [];
  const distance = (r: PreviewRow) => Math.abs((r.position ?? 0) - (c.rowPosition ?? r.position ?? 0));
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The corrections of the previous version (or of this plan, re-read) turned into edits of a new reading,
 * each reported as carried or no longer matching: none is silently lost.
 */
export function carryCorrections(corrections: readonly Correction[], rows: readonly PreviewRow[], plan: PlanMeta, sameSource: boolean): Carry {
  const edits: PreviewEdit[] = [];
  const report = corrections.map((c): CarriedCorrection => {
    const found = carryOne(c, rows, plan, sameSource);
    if (found?.edit) edits.push(found.edit);
    return { correctionId: c.id, table: c.tableCaption, row: c.rowName, field: c.field, newValue: c.newValue, status: found ? 'carried' : 'unmatched', rowId: found?.rowId ?? null };
  });
  return { edits, report };
}

type Found = { edit: PreviewEdit | null; rowId: string | null } | undefined;

function carryOne(c: Correction, rows: readonly PreviewRow[], plan: PlanMeta, sameSource: boolean): Found {
  if ((correctionFields as readonly string[]).includes(c.field)) {
    const row = matchRow(c, rows);
    return row && { edit: { kind: 'cell', row: row.id, field: c.field as CorrectionField, value: c.newValue }, rowId: row.id };
  }
  if (c.field.startsWith('meta:')) return carryMeta(c, plan);
  switch (c.field) {
    case 'row:delete':
    case 'row:split': {
      const row = matchRow(c, rows);
      if (!row) return undefined;
      const edit: PreviewEdit = c.field === 'row:delete' ? { kind: 'delete-row', row: row.id } : { kind: 'split-row', row: row.id, names: JSON.parse(c.newValue) as [string, string] };
      return { edit, rowId: row.id };
    }
    case 'row:merge': {
      const [a, b] = [matchRow(c, rows), matchRow({ ...c, rowName: c.newValue, rowPosition: c.rowPosition === null || c.rowPosition === undefined ? null : c.rowPosition + 1 }, rows)];
      return a && b ? { edit: { kind: 'merge-rows', row: a.id, with: b.id }, rowId: a.id } : undefined;
    }
    case 'row:add': {
      if (rows.some((r) => squeeze(r.name) === squeeze(c.rowName))) return { edit: null, rowId: null };
      const added = JSON.parse(c.newValue) as { unit?: string | null; category?: string | null; baseline?: string | null; target?: string | null };
      return { edit: { kind: 'add-row', table: c.tableCaption, name: c.rowName, ...added }, rowId: null };
    }
    case 'column-role': {
      const [from, to] = c.newValue.split('→') as [CellField, CellField];
      const known = cellFields.includes(from) && cellFields.includes(to) && rows.some((r) => r.table === c.tableCaption);
      return known ? { edit: { kind: 'column-role', table: c.tableCaption, from, to }, rowId: null } : undefined;
    }
    case 'table:reread': {
      const [from, to] = c.newValue.split('-').map(Number);
      return sameSource ? { edit: { kind: 'reread', from, to }, rowId: null } : undefined;
    }
  }
  return undefined;
}

/** A fix of the title, region, period or base year carries when the new reading still has the old reading (or none). */
function carryMeta(c: Correction, plan: PlanMeta): Found {
  const field = c.field.slice('meta:'.length) as MetaField;
  const now = field === 'period' ? (plan.period ? `${plan.period.start}—${plan.period.end}` : null) : field === 'baseYear' ? (plan.baseYear === null ? null : String(plan.baseYear)) : plan[field];
  if (now === c.newValue) return { edit: null, rowId: null };
  if (now === null || now === c.oldValue) return { edit: { kind: 'meta', field, value: c.newValue }, rowId: null };
  return undefined;
}
