import { defaultOutlierRules, type OutlierRules } from '../domain/index.ts';
import { UsageError, stringOption, type CommandContext, type OptionsConfig } from './command.ts';

/** `--jump-warning` & co. on `observe` and `serve`: when a legal value must be confirmed (observation-outliers.ts). */
export const outlierOptions: OptionsConfig = {
  'jump-warning': { type: 'string' },
  'jump-points': { type: 'string' },
  'beyond-target': { type: 'string' },
};

const { jumpShare, jumpPoints, beyondTargetShare } = defaultOutlierRules;
const percent = (share: number) => `${Number((share * 100).toPrecision(6))}%`;

export const outlierUsage = [
  `异常值提醒（须确认才保存）：--jump-warning 比上年变化超过的比例（默认 ${jumpShare}，即 ${percent(jumpShare)}；可写 0.3 或 30%）`,
  `  --jump-points 单位为 % 的指标比上年变化超过的百分点（默认 ${jumpPoints}）  --beyond-target 超出目标的比例（默认 ${beyondTargetShare}）`,
].join('\n       ');

/** The rules the options give, each unset one at its default; undefined when none is given. */
export function outlierRulesOf(ctx: CommandContext): OutlierRules | undefined {
  const given = (name: string) => stringOption(ctx, name);
  if (!Object.keys(outlierOptions).some((name) => given(name) !== undefined)) return undefined;
  return {
    jumpShare: share(given('jump-warning'), '--jump-warning', jumpShare),
    jumpPoints: positive(given('jump-points'), '--jump-points', jumpPoints, '如 20（百分点）'),
    beyondTargetShare: share(given('beyond-target'), '--beyond-target', beyondTargetShare),
  };
}

export const describeOutlierRules = (r: OutlierRules) =>
  `异常值提醒：比上年变化超过 ${percent(r.jumpShare)}（单位为 % 的指标超过 ${r.jumpPoints} 个百分点）或超出目标 ${percent(r.beyondTargetShare)} 以上的值须确认后保存`;

/** 0.5 or 50%: a share of the previous value (or of the target). */
function share(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const inPercent = /%$|％$/.test(text.trim());
  const value = positive(text.trim().replace(/[%％]$/, ''), option, fallback, '如 0.5 或 50%', text);
  return inPercent ? value / 100 : value;
}

function positive(text: string | undefined, option: string, fallback: number, example: string, shown = text): number {
  if (text === undefined) return fallback;
  const value = Number(text.trim());
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0)) throw new UsageError(`${option} 应为大于 0 的数，${example}，收到 "${shown}"`);
  return value;
}
