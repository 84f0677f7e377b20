import { convertUnit } from '../domain/catalog/index.ts';
import type { Indicator } from '../domain/index.ts';
import { isUnitCell } from './table-cell-types.ts';
import type { ColumnRole } from './table-header.ts';

/**
 * A unit printed one space after its name (…占GDP比重　%) in a row whose 单位 cell is empty: the space was
 * the only gap between the two cells, so the row reader kept them together. Splitting it off while the
 * readings are scored lifts wrong readings of wrapped names as well (known-false-alarms.json rose), so it is
 * done on the chosen reading only, and only when another row of the table has a unit of that kind (the same
 * unit or one it converts to: 万人 beside 人), so a name that merely ends in a unit word stays as read.
 */
export function splitGluedUnits(roles: readonly ColumnRole[], rows: readonly Indicator[]): Indicator[] {
  if (!roles.includes('unit')) return [...rows];
  const units = rows.flatMap((r) => (r.unit ? [r.unit] : []));
  return rows.map((row) => {
    if (row.unit != null) return row;
    const match = /^(.*\S)\s+(\S+)$/u.exec(row.name.trim());
    if (!match || !isUnitCell(match[2])) return row;
    const [, name, unit] = match;
    return units.some((u) => convertUnit(1, u, unit) !== undefined) ? { ...row, name, unit } : row;
  });
}
