import type { Direction } from '../value.ts';

/** 年度 or 季度: how often the statistics office publishes the value. */
export type Frequency = '年度' | '季度' | '月度';

/**
 * What kind of quantity the indicator is, as a hint for validation and evaluation:
 * share — a part of a whole in % (0–100); growth — a rate of change that may be negative;
 * cumulative — a five-year total; level — anything else.
 */
export type IndicatorKind = 'share' | 'growth' | 'cumulative' | 'level';

/** One row of the 统计监测体系's reference sheet: the same indicator across plans and sources. */
export interface CatalogEntry {
  /** stable slug, e.g. urbanization-rate */
  readonly id: string;
  /** canonical Chinese name */
  readonly name: string;
  /** other names plans and statistics bulletins use for the same quantity */
  readonly synonyms: readonly string[];
  readonly unit: string | null;
  /** +1 higher is better, −1 lower is better */
  readonly direction: Direction;
  readonly kind: IndicatorKind;
  /** 统计口径 */
  readonly definition: string;
  /** 数据来源 */
  readonly source: string;
  /** 牵头单位 */
  readonly department: string;
  readonly frequency: Frequency;
  /** the smallest and largest value the indicator can take (人均预期寿命 50–100 岁); null: the unit's range */
  readonly min?: number | null;
  readonly max?: number | null;
}

/** The fields a user may change on an entry (plantrack catalog set). */
export interface CatalogEdit {
  readonly direction?: Direction;
  readonly synonyms?: readonly string[];
  readonly unit?: string | null;
  readonly department?: string;
}

/** An entry's data written compactly; see defineEntries. */
export type EntrySpec = readonly [
  id: string,
  name: string,
  unit: string | null,
  direction: Direction,
  kind: IndicatorKind,
  synonyms: readonly string[],
  definition: string,
  department: string,
  source?: string,
];

/** Expands compact rows into entries; sources default to the statistics bureau's yearly bulletin. */
export function defineEntries(rows: readonly EntrySpec[], frequency: Frequency = '年度'): CatalogEntry[] {
  return rows.map(([id, name, unit, direction, kind, synonyms, definition, department, source]) => ({
    id,
    name,
    synonyms,
    unit,
    direction,
    kind,
    definition,
    source: source ?? '统计局：国民经济和社会发展统计公报、统计年鉴',
    department,
    frequency,
  }));
}
