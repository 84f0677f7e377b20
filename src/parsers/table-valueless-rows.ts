import type { Cell } from './table-lines.ts';
import { isUnitCell } from './table-cell-types.ts';

const VALUE_ROLES = ['baseline', 'target', 'actual', 'annual', 'growth'];

/**
 * A list of indicators without values (城市体检: 领域 | 主要指标 | 计量单位): a line with a name and a
 * whole unit is a row of its own, not the wrapped rest of the row above (that reading holds where rows
 * carry values, and a line without any is the rest of cells printed above).
 */
export function isValuelessRow(cells: readonly Cell[], roles: readonly string[]): boolean {
  if (roles.some((role) => VALUE_ROLES.includes(role))) return false;
  const nameAt = roles.indexOf('name');
  const unitAt = roles.indexOf('unit');
  const filled = cells.flatMap((c, k) => (c.text ? [k] : []));
  return unitAt >= 0 && filled.length === 2 && filled.includes(nameAt) && filled.includes(unitAt) && isUnitCell(cells[unitAt].text);
}
