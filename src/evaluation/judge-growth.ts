import type { Direction } from '../domain/index.ts';
import { emptyJudgement, noDataText, type JudgeContext, type Judgement } from './judgement.ts';
import { numericValues } from './series.ts';
import { meets } from './measures.ts';
import { judgeForecast } from './forecast.ts';
import { statusByExtrapolation, statusByPace, type RuleResult } from './status.ts';
import { numberText, round4 } from './round.ts';
import { rateText, targetText } from './target-text.ts';

/** The compound mean of yearly growth rates in %: 100·((Π(1 + O/100))^(1/n) − 1). */
export function compoundMeanRate(rates: readonly number[]): number {
  const product = rates.reduce((p, r) => p * (1 + r / 100), 1);
  return 100 * (product ** (1 / rates.length) - 1);
}

/**
 * An annual-growth target, judged on the rate itself (direction ignored): the compound mean of
 * the rates reported since t0 against T; a le/lt target caps the rate and is held like maintain.
 */
export function judgeGrowth(ctx: JudgeContext): Judgement {
  const d = ctx.resolve(ctx.B).direction;
  const values = numericValues(ctx.series);
  if (values.length === 0) return emptyJudgement('no-data', d, [noDataText(ctx.t0, ctx.asOf)]);
  if (values.some((v) => v.value <= -100)) {
    return emptyJudgement('not-assessable', d, ['增速观测值不大于-100%，无法计算复合平均增速']);
  }
  const latest = values[values.length - 1];
  const level = compoundMeanRate(values.map((v) => v.value));
  const comparator = ctx.target.target.comparator;
  const capped = comparator === 'le' || comparator === 'lt';
  const rates = `${values.map((v) => `${v.year}年${numberText(v.value)}%`).join('、')}，${values.length}年复合平均${numberText(round4(level))}%`;
  const gauge: Direction = capped ? -1 : 1;
  const met = meets({ value: level, comparator: null }, ctx.T, comparator, gauge, ctx.thresholds.approx);
  const forecast = ctx.final ? null : judgeForecast({
    value: level, linear: null, baseline: 0, target: ctx.T, comparator, direction: gauge, growth: true, maintain: capped,
  }, ctx.thresholds);
  const pace = ctx.T === 0 ? null : round4(level / ctx.T);
  const verdict = (status: Judgement['status'], sentence: string): Judgement => ({
    status, direction: d, timeProgress: null, completion: null, pace, level: round4(level),
    latest: { year: latest.year, value: latest.value }, forecast, explanation: [`${rates}，${sentence}`], baselineUsed: null,
  });
  if (capped) {
    const over = latest.year >= ctx.tT || ctx.final;
    const status = met ? (over ? 'achieved' : 'on-track') : ctx.final ? 'not-achieved' : 'regressing';
    return verdict(status, `${met ? '满足' : '不满足'}目标${targetText(ctx)}${ctx.final ? (met ? '，已完成' : '，未完成') : ''}`);
  }
  if (met) return verdict('achieved', `已达到目标${targetText(ctx)}`);
  if (ctx.final) return verdict('not-achieved', `未达到目标${rateText(ctx)}，未完成`);
  if (pace === null) return verdict('not-assessable', '目标增速为0，无法计算进度比');
  const result = growthRule(ctx, pace);
  return verdict(result.status, `目标${rateText(ctx)}，${result.rule}`);
}

function growthRule(ctx: JudgeContext, pace: number): RuleResult {
  if (ctx.method === 'extrapolation') return statusByExtrapolation(pace, ctx.thresholds);
  const rule = statusByPace(pace, ctx.thresholds);
  if (ctx.method === 'cagr-ratio') return { status: rule.status, rule: `${rule.rule}（增速目标不适用增速比法，按时序进度法判断）` };
  return rule;
}
