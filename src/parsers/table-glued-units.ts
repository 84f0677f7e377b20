import { convertUnit, matchIndicator, shippedCatalog } from '../domain/catalog/index.ts';
import type { Indicator } from '../domain/index.ts';
import { isUnitCell } from './table-cell-types.ts';
import type { ColumnRole } from './table-header.ts';

/**
 * A unit left in the name of a row whose 单位 cell is empty: printed one space after it (…占GDP比重　%), the
 * space being the only gap between the two cells, or glued with none (PM2.5年均浓度微克/立方米), as a PDF's
 * text sets a narrow cell. Splitting it off while the readings are scored lifts wrong readings of wrapped
 * names as well (known-false-alarms.json rose), so it is done on the chosen reading only, and only when
 * another row of the table has a unit of that kind (the same unit or one it converts to: 万人 beside 人),
 * so a name that merely ends in a unit word stays as read.
 */
export function splitGluedUnits(roles: readonly ColumnRole[], rows: readonly Indicator[]): Indicator[] {
  if (!roles.includes('unit')) return [...rows];
  const units = rows.flatMap((r) => (r.unit ? [r.unit] : []));
  const ofKind = (unit: string) => units.some((u) => convertUnit(1, u, unit) !== undefined);
  return rows.map((row) => {
    if (row.unit != null) return row;
    const split = spacedUnit(row.name) ?? gluedUnit(row.name);
    return split && ofKind(split.unit) ? { ...row, ...split } : row;
  });
}

function spacedUnit(printed: string): { name: string; unit: string } | undefined {
  const match = /^(.*\S)\s+(\S+)$/u.exec(printed.trim());
  return match && isUnitCell(match[2]) ? { name: match[1], unit: match[2] } : undefined;
}

/** A bracketed unit (比重（%）) is read with the name (table-row-name.ts); a digit before a unit makes a rate (每10万人). */
const BRACKET = /[（()）［］\[\]]/;

/** The longest unit looked for glued to a name's end (平方公里/万人, 吨标准煤). */
const MAX_GLUED_UNIT = 6;

/**
 * The longest unit glued bare to the name's end. A lone character (人, 家, 次) ends many right names, so only a
 * symbol (%, ‰) or a unit of two characters or more is taken, never the whole name, nor from a name the
 * catalogue knows as printed.
 */
function gluedUnit(printed: string): { name: string; unit: string } | undefined {
  const text = printed.trim();
  for (let n = Math.min(MAX_GLUED_UNIT, text.length - 1); n >= 1; n--) {
    const unit = text.slice(-n);
    if ((n >= 2 || /^[%％‰]$/.test(unit)) && !BRACKET.test(unit) && isUnitCell(unit) && !/\d$/.test(text.slice(0, -n))) {
      return matchIndicator(text, shippedCatalog) ? undefined : { name: text.slice(0, -n), unit };
    }
  }
  return undefined;
}
