import { emptyJudgement, noDataText, type JudgeContext, type Judgement } from './judgement.ts';
import { numericValues } from './series.ts';
import { meets, timeProgress } from './measures.ts';
import { judgeForecast, projectLevel } from './forecast.ts';
import { numberText, round4 } from './round.ts';
import { targetText } from './target-text.ts';

/**
 * A target to hold (T = B, or a bound the baseline already satisfies): on-track while the latest
 * value satisfies it, regressing when not, achieved only once the period is over.
 */
export function judgeMaintain(ctx: JudgeContext): Judgement {
  const d = ctx.resolve(ctx.B);
  const values = numericValues(ctx.series);
  if (values.length === 0) return emptyJudgement('no-data', d.direction, [noDataText(ctx.t0, ctx.asOf)]);
  const latest = values[values.length - 1];
  const B = ctx.B ?? ctx.T;
  const holds = meets(latest, ctx.T, ctx.target.target.comparator, d.direction, ctx.thresholds.approx);
  // at the final evaluation the bound is judged on the latest year observed
  const over = latest.year >= ctx.tT || ctx.final;
  const points = [{ year: ctx.t0, value: B }, ...values.map((v) => ({ year: v.year, value: v.value }))];
  const projection = ctx.final ? null : projectLevel(points, ctx.tT, ctx.percent);
  const forecast = projection && judgeForecast({
    value: projection.value, linear: projection.linear, baseline: B, target: ctx.T,
    comparator: ctx.target.target.comparator, direction: d.direction, growth: false, maintain: true,
  }, ctx.thresholds);
  const status = holds ? (over ? 'achieved' : 'on-track') : ctx.final ? 'not-achieved' : 'regressing';
  const verdict = holds ? (over ? '规划期末仍满足，已完成' : '保持目标，规划期内须逐年保持') : ctx.final ? '未能保持，未完成' : '未能保持';
  const sentence = `保持类目标：${latest.year}年值${numberText(latest.value)}${holds ? '满足' : '不满足'}目标${targetText(ctx)}，${verdict}`;
  const notes = d.rule === 'assumed' ? [d.reason] : [];
  return {
    status, direction: d.direction, timeProgress: round4(timeProgress(latest.year, ctx.t0, ctx.tT)),
    completion: null, pace: null, level: latest.value, latest: { year: latest.year, value: latest.value },
    forecast, explanation: [sentence, ...notes], baselineUsed: { year: ctx.t0, value: B },
  };
}
