import type { Indicator, PlanExtract, TextTarget } from '../plan.ts';
import type { CatalogEntry } from './catalog-entry.ts';
import { convertUnit, normalizeUnit } from './convert-unit.ts';
import { indicatorKeyOf } from './indicator-key.ts';

/** The caption of the pseudo-table that holds a plan's tracked text targets. */
export const textTargetTable = '文本目标';

/**
 * The text targets a plan tracks like table rows (突破100亿元, 达到100%): those of the plan's
 * period (the target year, or no year) that no target-table row already states. Each becomes a
 * row of the pseudo-table 文本目标: name, unit read from the printed value, no baseline.
 */
export function textTargetRows(extract: PlanExtract, catalog: readonly CatalogEntry[]): Indicator[] {
  const period = extract.plan.period;
  const targetTables = new Set(extract.tables.filter((t) => t.kind === 'targets').map((t) => t.caption));
  const stated = new Set(extract.indicators.filter((r) => targetTables.has(r.table)).map((r) => indicatorKeyOf(r.name, catalog).key));
  const rows: Indicator[] = [];
  for (const target of extract.textTargets) {
    if (target.year !== null && period && (target.year < period.start || target.year > period.end)) continue;
    for (const name of namesOf(target)) {
      const key = indicatorKeyOf(name, catalog);
      if (stated.has(key.key)) continue;
      stated.add(key.key);
      rows.push(rowOf(target, name, unitOf(target.target.raw, key.entry?.unit ?? null)));
    }
  }
  return rows;
}

/** 空气质量优良率、地表水国省考断面Ⅲ类水体比例 稳定在80%以上: one target for each named indicator. */
function namesOf(target: TextTarget): string[] {
  const parts = target.indicator.split('、').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => p.length >= minimumNameLength) ? parts : [target.indicator];
}

/** Shorter pieces of a 、-list are words of one name (城乡、区域), not indicators of their own. */
const minimumNameLength = 4;

const valueWords = /以上|以下|左右|以内|突破|超过|达到|不低于|不高于|约|前|强|[<>≤≥＜＞]/g;

/** 100亿元 → 亿元, 300 家 → 家, 80%以上 → %; the catalogue's unit when the printed one is a scale of it (1000亿 → 亿元 as 亿). */
function unitOf(raw: string, catalogUnit: string | null): string | null {
  const printed = raw.replace(valueWords, '').replace(/[-+]?\d+(?:\.\d+)?/g, '').replace(/\s+/g, '');
  if (!printed) return catalogUnit;
  if (catalogUnit && convertUnit(1, `${printed}元`, catalogUnit) !== undefined && convertUnit(1, printed, catalogUnit) === undefined) {
    return `${printed}元`;
  }
  return normalizeUnit(printed);
}

function rowOf(target: TextTarget, name: string, unit: string | null): Indicator {
  return {
    table: textTargetTable, seq: null, category: null, name, unit, attribute: null,
    baseline: null, target: target.target, actual: null, annualGrowth: null, line: target.line,
  };
}
