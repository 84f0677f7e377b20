import type { IndicatorEvaluation } from '../domain/index.ts';
import { attributeLabel } from './labels.ts';
import { differenceUnit, formatNumber } from './format.ts';
import type { JudgedIndicator } from './indicator-rows.ts';
import type { GapRow, ReportKind } from './report.ts';

/**
 * Lagging, regressing or warned indicators and every binding one, with the distance left; in a
 * 总结评估报告 every 未完成 target (all are warned) and every binding one, with the distance missed.
 */
export function buildGaps(judged: readonly JudgedIndicator[], baseYear: number | null, asOf: number, kind: ReportKind): GapRow[] {
  return judged
    .map((j) => j.evaluation)
    .filter((e) => e.status === 'lagging' || e.status === 'regressing' || e.status === 'not-achieved' || e.warning !== null || e.attribute === 'binding')
    .map((e) => (kind === 'final' ? finalGapRow(e) : gapRow(e, baseYear, asOf)));
}

/** The level the judgement used: the sum for cumulative targets, the compound mean for growth. */
export function judgedLevel(e: IndicatorEvaluation): number | null {
  if (e.level !== undefined) return e.level;
  const target = e.target?.value ?? null;
  if (e.form === 'growth') return e.pace !== null && target !== null ? e.pace * target : e.latest?.value ?? null;
  if (e.form === 'cumulative' && e.completion !== null && target !== null) return round(e.completion * target);
  return e.latest?.value ?? null;
}

function baseRow(e: IndicatorEvaluation, level: number | null) {
  return {
    name: e.name,
    attribute: attributeLabel(e.attribute),
    label: e.label,
    warning: e.warning,
    latest: e.latest && level !== null ? `${formatNumber(level, 2)}（${e.latest.year}年）` : '—',
    target: e.target?.raw ?? '—',
    explanation: e.explanation,
  };
}

/** The distance missed at the period's end, and the conclusion instead of a pace still needed. */
function finalGapRow(e: IndicatorEvaluation): GapRow {
  const level = judgedLevel(e);
  const target = e.target?.value ?? null;
  const row = baseRow(e, level);
  const verdict = e.status === 'achieved' ? '已完成' : e.status === 'not-achieved' ? '未完成' : `${e.label}，无法判断是否完成`;
  if (!e.latest || level === null || target === null) return { ...row, gap: '—', neededPace: verdict, gapValue: null, neededPaceValue: null };
  const gap = target - level;
  const unit = e.form === 'growth' ? '个百分点' : differenceUnit(e.unit);
  return { ...row, gap: `${gap > 0 ? '+' : ''}${formatNumber(gap, 2)}${unit}`, neededPace: verdict, gapValue: round(gap), neededPaceValue: null };
}

function gapRow(e: IndicatorEvaluation, baseYear: number | null, asOf: number): GapRow {
  const level = judgedLevel(e);
  const target = e.target?.value ?? null;
  const row = baseRow(e, level);
  if (!e.latest || !e.target) return { ...row, gap: '—', neededPace: '暂无监测数据，需补报', gapValue: null, neededPaceValue: null };
  if (level === null || target === null) return { ...row, gap: '—', neededPace: '定性目标，按期推进并报送进展', gapValue: null, neededPaceValue: null };
  const gap = target - level;
  const unit = e.form === 'growth' ? '个百分点' : differenceUnit(e.unit);
  const gapText = `${gap > 0 ? '+' : ''}${formatNumber(gap, 2)}${unit}`;
  // the distance is covered from the latest known level; once the period is over nothing remains
  const remaining = asOf >= e.target.year ? 0 : e.target.year - e.latest.year;
  const reached = e.form === 'growth' ? gap <= 0 : e.direction * gap <= 0;
  if (reached) return { ...row, gap: gapText, neededPace: '已达到目标，需保持', gapValue: round(gap), neededPaceValue: 0 };
  if (remaining <= 0) return { ...row, gap: gapText, neededPace: '规划期已结束，目标未实现', gapValue: round(gap), neededPaceValue: null };
  if (e.form === 'growth') {
    const t0 = e.baseline?.year ?? baseYear ?? e.latest.year - 1;
    const needed = requiredGrowth(target, level, e.latest.year - t0, e.target.year - t0);
    return { ...row, gap: gapText, neededPace: `剩余${remaining}年需年均增长${formatNumber(needed, 2)}%`, gapValue: round(gap), neededPaceValue: round(needed) };
  }
  const yearly = gap / remaining;
  const verb = yearly > 0 ? '提高' : '降低';
  const amount = `${formatNumber(Math.abs(yearly), 2)}${unit}`;
  const what = e.form === 'cumulative' ? `剩余${remaining}年每年需完成${formatNumber(yearly, 2)}${unit}` : `剩余${remaining}年需年均${verb}${amount}`;
  return { ...row, gap: gapText, neededPace: what, gapValue: round(gap), neededPaceValue: round(yearly) };
}

/** The yearly growth rate (%) the remaining years need for the period's compound mean to reach the target. */
export function requiredGrowth(targetRate: number, levelRate: number, yearsDone: number, periodYears: number): number {
  const remaining = periodYears - yearsDone;
  const needed = (1 + targetRate / 100) ** periodYears / (1 + levelRate / 100) ** yearsDone;
  return 100 * (needed ** (1 / remaining) - 1);
}

const round = (value: number) => Math.round(value * 10000) / 10000;
