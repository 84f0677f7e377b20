import { emptyJudgement, noDataText, type JudgeContext, type Judgement } from './judgement.ts';
import { numericValues } from './series.ts';
import { meets, timeProgress } from './measures.ts';
import { judgeForecast, projectCumulative } from './forecast.ts';
import { applyMethod } from './apply-method.ts';
import { numberText, percentText, round4 } from './round.ts';
import { targetText } from './target-text.ts';

/**
 * A five-year total: the yearly amounts entered are summed over the plan's years (t0 = the plan's
 * base year, B = 0); a year missing in between is named.
 */
export function judgeCumulative(ctx: JudgeContext): Judgement {
  const t0 = ctx.target.baseYear;
  const values = numericValues(ctx.series).filter((v) => v.year > t0 && v.year <= ctx.tT);
  const d = ctx.resolve(0);
  if (values.length === 0) return emptyJudgement('no-data', d.direction, [noDataText(t0, ctx.asOf)]);
  const latest = values[values.length - 1];
  const sum = values.reduce((s, v) => s + v.value, 0);
  const n = values.length;
  const notes = [`${values.map((v) => `${v.year}年${numberText(v.value)}`).join('、')}，累计${numberText(sum)}（${n}年）`];
  const missing = missingYears(t0, latest.year, values.map((v) => v.year));
  if (missing.length) notes.push(`缺${missing.join('、')}年数据，累计值未含这些年份`);
  if (d.rule === 'assumed') notes.push(d.reason);
  const forecast = ctx.final ? null : judgeForecast({
    value: projectCumulative(sum, n, latest.year, ctx.tT), linear: null, baseline: 0, target: ctx.T,
    comparator: ctx.target.target.comparator, direction: d.direction, growth: false, maintain: false,
  }, ctx.thresholds);
  const tau = timeProgress(latest.year, t0, ctx.tT);
  const p = ctx.T === 0 ? null : sum / ctx.T;
  const verdict = (status: Judgement['status'], pace: number | null, sentence: string): Judgement => ({
    status, direction: d.direction, timeProgress: round4(tau), completion: p === null ? null : round4(p), pace,
    level: sum, latest: { year: latest.year, value: latest.value }, forecast, explanation: [sentence, ...notes],
    baselineUsed: { year: t0, value: 0 },
  });
  if (meets({ value: sum, comparator: null }, ctx.T, ctx.target.target.comparator, d.direction, ctx.thresholds.approx)) {
    return verdict('achieved', p === null ? null : round4(p / tau), `累计${numberText(sum)}已达到目标${targetText(ctx)}`);
  }
  if (ctx.final) {
    const done = p === null ? '' : `，完成进度${percentText(p)}`;
    return verdict('not-achieved', null, `累计${numberText(sum)}未达到目标${targetText(ctx)}，未完成${done}`);
  }
  if (p === null) return verdict('not-assessable', null, '累计目标为0，无法计算完成进度');
  const r = round4(p / tau);
  const result = applyMethod(ctx, { p, tau, r, B: 0, L: sum, t0, t: latest.year, cagrApplies: false, forecast });
  return verdict(result.status, r, result.sentence);
}

function missingYears(t0: number, last: number, years: number[]): number[] {
  const missing: number[] = [];
  for (let y = t0 + 1; y < last; y += 1) if (!years.includes(y)) missing.push(y);
  return missing;
}
