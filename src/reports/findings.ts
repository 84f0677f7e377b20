import type { IndicatorEvaluation } from '../domain/index.ts';
import { differenceUnit, formatNumber } from './format.ts';
import { judgedLevel } from './gaps.ts';
import type { GapRow, ReportKind } from './report.ts';

/** 存在问题 and 下一步建议, drafted from the data for the officer to edit (never a finished text). */
export interface Findings {
  readonly problems: string[];
  readonly suggestions: string[];
}

const behind = (e: IndicatorEvaluation) => e.status === 'lagging' || e.status === 'regressing' || e.status === 'not-achieved';
const atRisk = (e: IndicatorEvaluation) => e.forecast?.outcome === 'unlikely' || e.forecast?.outcome === 'at-risk';
const unjudged = (e: IndicatorEvaluation) => e.status === 'no-data' || e.status === 'not-assessable';

/** A list of names, shortened after `max` (…等N项). */
export function nameList(names: readonly string[], max = 6): string {
  const quoted = names.slice(0, max).join('、');
  return names.length > max ? `${quoted}等${names.length}项` : quoted;
}

/** Binding rows first, then in the plan's order. */
const bindingFirst = (rows: readonly IndicatorEvaluation[]) =>
  [...rows].sort((a, b) => Number(b.attribute === 'binding') - Number(a.attribute === 'binding'));

export function buildFindings(rows: readonly IndicatorEvaluation[], gaps: readonly GapRow[], kind: ReportKind, asOf: number): Findings {
  const gapOf = new Map(gaps.map((g) => [g.name, g]));
  const lagging = bindingFirst(rows.filter(behind));
  const bindingRisk = rows.filter((e) => e.attribute === 'binding' && !behind(e) && atRisk(e));
  const missing = rows.filter((e) => e.status === 'no-data');
  const unclear = rows.filter((e) => e.status === 'not-assessable');
  const problems = [
    ...lagging.map((e) => problemOf(e, gapOf.get(e.name), kind)),
    ...bindingRisk.map((e) => `约束性指标${e.name}当前${e.label}，但按现有趋势预测${e.target?.year ?? ''}年为${formatNumber(e.forecast!.value, 2)}，难以达到目标${e.target?.raw ?? ''}。`),
    ...(missing.length ? [`${missing.length}项指标暂无${asOf}年及以前的监测数据（${nameList(missing.map((e) => e.name))}），无法判断进展。`] : []),
    ...(unclear.length ? [`${unclear.length}项指标无法评估（${nameList(unclear.map((e) => e.name))}），原因见指标表的判断依据。`] : []),
  ];
  const suggestions = [
    ...lagging.map((e) => suggestionOf(e, gapOf.get(e.name), kind)),
    ...(bindingRisk.length ? [`将约束性指标${nameList(bindingRisk.map((e) => e.name))}列为重点调度事项，逐月跟踪，提前研究应对措施。`] : []),
    ...(missing.length + unclear.length
      ? [`建立${nameList([...missing, ...unclear].map((e) => e.name))}的数据报送机制，明确统计口径、责任单位和报送时间，在下次评估前补齐数据。`]
      : []),
  ];
  if (!problems.length) problems.push('已评估指标均达到或好于预期，未发现明显问题。');
  if (!suggestions.length) suggestions.push('保持现有推进力度，继续按年度监测各项指标。');
  return { problems, suggestions };
}

function problemOf(e: IndicatorEvaluation, gap: GapRow | undefined, kind: ReportKind): string {
  const who = `${e.attribute === 'binding' ? '约束性指标' : ''}${e.name}`;
  const level = judgedLevel(e);
  if (!e.latest || level === null || !gap) return `${who}${kind === 'final' ? '未完成' : e.label}。`;
  const now = levelText(e, level, e.latest.year);
  const target = `目标${e.target?.raw ?? ''}${unitText(e)}`;
  if (kind === 'final') return `${who}未完成：${now}，${target}，差${gap.gap.replace(/^\+/, '')}。`;
  const pace = [pastPace(e), gap.neededPaceValue !== null ? gap.neededPace : ''].filter(Boolean).join('，');
  return `${who}${e.label}：${now}，${target}，尚差${gap.gap.replace(/^\+/, '')}${pace ? `；${pace}` : ''}。`;
}

const unitText = (e: IndicatorEvaluation) => (e.form === 'growth' ? '%' : e.unit ?? '');

/** 2022年为63.08%；截至2022年年均增长5.2%；截至2022年累计21亿美元. */
function levelText(e: IndicatorEvaluation, level: number, year: number): string {
  const value = `${formatNumber(level, 2)}${unitText(e)}`;
  if (e.form === 'growth') return `截至${year}年年均增长${value}`;
  if (e.form === 'cumulative') return `截至${year}年累计${value}`;
  return `${year}年为${value}`;
}

function suggestionOf(e: IndicatorEvaluation, gap: GapRow | undefined, kind: ReportKind): string {
  if (kind === 'final') return `分析${e.name}未完成的原因，在下一规划期目标设定和年度计划中衔接落实。`;
  const pace = gap && gap.neededPaceValue !== null ? `${gap.neededPace}，` : '';
  return `加快推进${e.name}：${pace}建议明确牵头部门，制定年度推进计划并按季度调度。`;
}

/** How fast the level moved so far, for comparison with the pace still needed. */
function pastPace(e: IndicatorEvaluation): string {
  if (e.form !== 'level' || !e.baseline || e.baseline.value == null || !e.latest?.value || e.latest.year <= e.baseline.year) return '';
  const years = e.latest.year - e.baseline.year;
  const yearly = (e.latest.value - e.baseline.value) / years;
  const verb = yearly >= 0 ? '提高' : '降低';
  return `${e.baseline.year}—${e.latest.year}年年均${verb}${formatNumber(Math.abs(yearly), 2)}${differenceUnit(e.unit)}`;
}
