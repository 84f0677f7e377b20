import type { Indicator, IndicatorEvaluation, PlanExtract } from '../domain/index.ts';
import { convertUnit, isPercentUnit, isRateValue, observesRow } from '../evaluation/index.ts';
import { attributeLabel } from './labels.ts';
import { formatNumber, formatRatio, nameKey, withYear } from './format.ts';
import type { IndicatorRow, ValueSource } from './report.ts';

/** An evaluated indicator beside the table row it was read from (undefined for text targets) and its published values. */
export interface JudgedIndicator {
  readonly evaluation: IndicatorEvaluation;
  readonly printed: Indicator | undefined;
  /** the sources whose indicator name matches (exact, normalised or a catalogue synonym) */
  readonly sources: ValueSource[];
}

/**
 * Pairs each evaluation with its printed row: same name, target tables first, each row used once
 * (two rows of one name pair in document order); sources are matched the way the evaluation matches
 * observations.
 */
export function pairIndicators(extract: PlanExtract, evaluations: readonly IndicatorEvaluation[], sources: readonly ValueSource[]): JudgedIndicator[] {
  const targetTables = new Set(extract.tables.filter((t) => t.kind !== 'completion').map((t) => t.caption));
  const candidates = extract.indicators.filter((i) => targetTables.has(i.table) || !extract.tables.some((t) => t.caption === i.table));
  const used = new Set<Indicator>();
  return evaluations.map((evaluation) => {
    const printed = candidates.find((i) => !used.has(i) && nameKey(i.name) === nameKey(evaluation.name));
    if (printed) used.add(printed);
    const matched = sources.filter((s) => observesRow(s, { name: evaluation.name, target: printed?.target ?? null }));
    // a level row with a 年均增长 target (亿元, 5左右) charts and cites its rates, not its levels
    const rates = evaluation.form === 'growth' && !isPercentUnit(evaluation.unit) && evaluation.unit !== null;
    if (rates) return { evaluation, printed, sources: matched.filter((s) => isRateValue(s)) };
    return { evaluation, printed, sources: matched.map((s) => inPlanUnit(s, evaluation.unit)) };
  });
}

export function buildIndicatorRow({ evaluation: e, printed, sources }: JudgedIndicator): IndicatorRow {
  return {
    category: printed?.category ?? '',
    name: e.name,
    unit: e.unit ?? printed?.unit ?? '',
    baseline: printedBaseline(e, printed),
    target: printed?.target?.raw || e.target?.raw || '—',
    attribute: attributeLabel(e.attribute ?? printed?.attribute ?? null),
    latest: latestText(e, sources),
    actual: actualText(e, sources),
    annualTarget: annualTargetText(e),
    completion: formatRatio(e.completion),
    timeProgress: formatRatio(e.timeProgress),
    status: e.status,
    label: e.label,
    warning: e.warning,
    explanation: e.explanation,
  };
}

function printedBaseline(e: IndicatorEvaluation, printed: Indicator | undefined): string {
  const raw = printed?.baseline?.raw;
  if (raw && raw !== '-' && raw !== '—') return printed?.baseline?.year ? withYear(raw, printed.baseline.year) : raw;
  if (e.baseline?.value != null) return withYear(formatNumber(e.baseline.value, 4), e.baseline.year);
  return '—';
}

function latestText(e: IndicatorEvaluation, sources: readonly ValueSource[]): string {
  if (!e.latest) return '—';
  if (e.latest.value !== null) return withYear(formatNumber(e.latest.value, 4), e.latest.year);
  const milestone = sources.find((s) => s.year === e.latest!.year)?.milestone;
  return milestone ? withYear(milestone, e.latest.year) : `—（${e.latest.year}年）`;
}

/** 实际完成: the level the verdict was reached on, in the plan's terms. */
function actualText(e: IndicatorEvaluation, sources: readonly ValueSource[]): string {
  if (!e.latest || e.level == null) return latestText(e, sources);
  if (e.form === 'growth') return `年均${formatNumber(e.level, 2)}%（至${e.latest.year}年）`;
  if (e.form === 'cumulative') return `累计${formatNumber(e.level, 4)}（至${e.latest.year}年）`;
  return latestText(e, sources);
}

/**
 * 年度目标 in the terms of the row's target: a growth target compares this year's rate with the
 * target rate; a five-year total compares the running sum with the cumulative path; a level
 * compares this year's value with the path's value for that year.
 */
function annualTargetText(e: IndicatorEvaluation): string {
  if (e.form === 'growth') return growthYearText(e);
  const annual = e.annualTarget;
  if (!annual) return '—';
  const verdict = metText(annual.met);
  if (e.form === 'cumulative' && annual.actual !== null) {
    return `应累计${formatNumber(annual.value, 2)}，实际累计${formatNumber(annual.actual, 2)}${verdict}`;
  }
  return `${formatNumber(annual.value, 2)}${verdict}`;
}

function growthYearText(e: IndicatorEvaluation): string {
  const rate = e.target?.value;
  if (rate == null) return '—';
  const wanted = `年均${formatNumber(rate, 2)}%`;
  if (!e.latest || e.latest.value === null) return wanted;
  const cap = /^[≤<＜]/.test(e.target?.raw ?? '');
  const met = cap ? e.latest.value <= rate : e.latest.value >= rate;
  return `${wanted}，${e.latest.year}年${formatNumber(e.latest.value, 2)}%${metText(met)}`;
}

const metText = (met: boolean | null) => (met === true ? '（已达到）' : met === false ? '（未达到）' : '');

/** A source value in the plan's unit (万人 for 人 …); one that cannot be converted is left out of charts. */
function inPlanUnit(source: ValueSource, unit: string | null): ValueSource {
  if (source.value === null || !source.unit || !unit) return source;
  return { ...source, value: convertUnit(source.value, source.unit, unit) ?? null, unit };
}
