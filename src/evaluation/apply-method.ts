import type { Forecast } from '../domain/index.ts';
import type { JudgeContext } from './judgement.ts';
import { statusByCagrRatio, statusByExtrapolation, statusByPace, type RuleResult } from './status.ts';
import { percentText, round4 } from './round.ts';

export interface Progress {
  /** unrounded p and τ; r is rounded before any comparison */
  readonly p: number;
  readonly tau: number;
  readonly r: number;
  readonly B: number;
  readonly L: number;
  readonly t0: number;
  readonly t: number;
  /** cumulative and growth targets cannot use cagr-ratio */
  readonly cagrApplies: boolean;
  readonly forecast: Forecast | null;
}

export interface MethodResult extends RuleResult {
  readonly sentence: string;
}

const progressSentence = (pr: Progress): string => `完成进度${percentText(pr.p)}，时序进度${percentText(pr.tau)}`;

/** The status by the chosen method, with the sentence that lets a reader redo it. */
const withSentence = (rule: RuleResult, sentence: string): MethodResult => ({ status: rule.status, rule: rule.rule, sentence });

export function applyMethod(ctx: JudgeContext, pr: Progress): MethodResult {
  const base = progressSentence(pr);
  if (ctx.method === 'cagr-ratio') {
    const R = cagrRatio(ctx, pr);
    if (typeof R === 'number') {
      const result = statusByCagrRatio(R, ctx.thresholds);
      return withSentence(result, `${base}；${cagrSentence(ctx, pr)}，${result.rule}`);
    }
    const fallback = statusByPace(pr.r, ctx.thresholds);
    return withSentence(fallback, `${base}，${fallback.rule}（${R}，按时序进度法判断）`);
  }
  if (ctx.method === 'extrapolation') {
    const A = pr.forecast?.anticipated ?? null;
    if (A !== null) {
      const result = statusByExtrapolation(A, ctx.thresholds);
      return withSentence(result, `${base}；预计${ctx.tT}年达到${pr.forecast!.value}，${result.rule}`);
    }
    const fallback = statusByPace(pr.r, ctx.thresholds);
    return withSentence(fallback, `${base}，${fallback.rule}（无法外推，按时序进度法判断）`);
  }
  const result = statusByPace(pr.r, ctx.thresholds);
  return withSentence(result, `${base}，${result.rule}`);
}

const gObs = (pr: Progress): number => (pr.L / pr.B) ** (1 / (pr.t - pr.t0)) - 1;
const gReq = (ctx: JudgeContext, pr: Progress): number => (ctx.T / pr.B) ** (1 / (ctx.tT - pr.t0)) - 1;

/** R = g_obs/g_req rounded, or the reason the method does not apply. */
function cagrRatio(ctx: JudgeContext, pr: Progress): number | string {
  if (!pr.cagrApplies) return '累计和增速目标不适用增速比法';
  if (!(pr.B > 0 && pr.L > 0 && ctx.T > 0)) return '基期值、现值和目标值须均为正数，增速比法不适用';
  if (pr.t <= pr.t0 || ctx.tT <= pr.t0) return '年份不足，增速比法不适用';
  const req = gReq(ctx, pr);
  if (req === 0) return '目标值等于基期值，增速比法不适用';
  return round4(gObs(pr) / req);
}

const cagrSentence = (ctx: JudgeContext, pr: Progress): string =>
  `实际年均增速${percentText(gObs(pr), 2)}，所需年均增速${percentText(gReq(ctx, pr), 2)}`;
