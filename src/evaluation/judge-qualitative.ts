import { milestoneStatus } from '../domain/index.ts';

export { milestoneStatus, isMilestoneWord } from '../domain/index.ts';
import { emptyJudgement, noDataText, type JudgeContext, type Judgement } from './judgement.ts';
import { numberText } from './round.ts';

/** A target without a number (建成, 市下达目标): the latest milestone word decides. */
export function judgeQualitative(ctx: JudgeContext): Judgement {
  const d = ctx.resolve(ctx.B).direction;
  const values = ctx.series.values;
  if (values.length === 0) return emptyJudgement('no-data', d, [noDataText(ctx.t0, ctx.asOf)]);
  const latest = values[values.length - 1];
  const point = { year: latest.year, value: latest.value };
  const goal = `定性目标“${ctx.target.target.raw}”`;
  if (latest.value !== null) {
    const text = `${goal}的${latest.year}年观测值为数字${numberText(latest.value)}，应填里程碑词（完成、推进中、未启动等）`;
    return emptyJudgement('not-assessable', d, [text], point);
  }
  const word = (latest.milestone ?? '').trim();
  const status = milestoneStatus[word];
  if (!status || !Object.hasOwn(milestoneStatus, word)) {
    const text = `${goal}的${latest.year}年观测值“${word}”不是可识别的里程碑词（完成、推进中、未启动等）`;
    return emptyJudgement('not-assessable', d, [text], point);
  }
  if (ctx.final && status !== 'achieved') {
    return emptyJudgement('not-achieved', d, [`${goal}：${latest.year}年为“${word}”，规划期末未完成`], point);
  }
  return emptyJudgement(status, d, [`${goal}：${latest.year}年为“${word}”`], point);
}
