import { statusLabels, type CompletionStatus, type ProgressStatus } from '../domain/index.ts';
import type { Thresholds } from './thresholds.ts';
import { ratioText } from './round.ts';

export { statusLabels };

export const completionLabels: Record<CompletionStatus, string> = {
  achieved: '已完成',
  'not-achieved': '未完成',
  'no-data': '暂无数据',
};

/** 提前实现 while the period runs, 已完成 at the final evaluation (总结评估). */
export const labelFor = (status: ProgressStatus, final: boolean): string =>
  status === 'achieved' && final ? '已完成' : statusLabels[status];

export interface RuleResult {
  readonly status: ProgressStatus;
  /** the comparison that decided, e.g. "进度比0.46 < 0.8" */
  readonly rule: string;
}

/** time-progress (default): the pace r = p/τ against 1.1 and 0.8; r is already rounded. */
export function statusByPace(r: number, th: Thresholds, name = '进度比'): RuleResult {
  const shown = `${name}${ratioText(r)}`;
  if (r >= th.ahead) return { status: 'ahead', rule: `${shown} ≥ ${th.ahead}` };
  if (r >= th.onTrack) return { status: 'on-track', rule: `${th.onTrack} ≤ ${shown} < ${th.ahead}` };
  if (r > 0) return { status: 'lagging', rule: `${shown} < ${th.onTrack}` };
  return { status: 'regressing', rule: `${shown} ≤ 0` };
}

/** cagr-ratio (Statistics Canada / Open SDG): R = g_obs/g_req, already rounded. */
export function statusByCagrRatio(R: number, th: Thresholds): RuleResult {
  const shown = `增速比R=${ratioText(R)}`;
  if (R >= th.cagrOnTrack) return { status: 'on-track', rule: `${shown} ≥ ${th.cagrOnTrack}` };
  if (R >= th.cagrLimited) return { status: 'lagging', rule: `${th.cagrLimited} ≤ ${shown} < ${th.cagrOnTrack}，需加速` };
  if (R >= 0) return { status: 'lagging', rule: `0 ≤ ${shown} < ${th.cagrLimited}，进展有限` };
  return { status: 'regressing', rule: `${shown} < 0` };
}

/** extrapolation (UNSD progress chart): A, the anticipated completion at the target year. */
export function statusByExtrapolation(A: number, th: Thresholds): RuleResult {
  const shown = `预计完成度A=${ratioText(A)}`;
  if (A >= th.cagrOnTrack) return { status: 'on-track', rule: `${shown} ≥ ${th.cagrOnTrack}` };
  if (A >= th.extrapolationRegressing) return { status: 'lagging', rule: `${th.extrapolationRegressing} ≤ ${shown} < ${th.cagrOnTrack}` };
  return { status: 'regressing', rule: `${shown} < ${th.extrapolationRegressing}` };
}
