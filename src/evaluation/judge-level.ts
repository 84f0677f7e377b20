import { emptyJudgement, noDataText, type JudgeContext, type Judgement } from './judgement.ts';
import { numericValues } from './series.ts';
import { completion, meets, timeProgress } from './measures.ts';
import { judgeForecast, projectLevel } from './forecast.ts';
import { applyMethod } from './apply-method.ts';
import { numberText, percentText, round4 } from './round.ts';
import { targetText } from './target-text.ts';

/** A level target: (L − B)/(T − B) against (t − t0)/(tT − t0). */
export function judgeLevel(ctx: JudgeContext): Judgement {
  const values = numericValues(ctx.series);
  if (values.length === 0) return judgeWithoutNumbers(ctx);
  const latest = values[values.length - 1];
  const notes: string[] = [];
  let base = ctx.B === null ? null : { year: ctx.t0, value: ctx.B };
  if (base === null) {
    if (values.length < 2) return judgeSingleValue(ctx, latest);
    base = { year: values[0].year, value: values[0].value };
    notes.push(`规划未给出基期值，以${base.year}年观测值${numberText(base.value)}作为基期`);
  }
  const d = ctx.resolve(base.value);
  if (d.rule === 'assumed') notes.push(d.reason);
  const point = { year: latest.year, value: latest.value };
  const reached = meets(latest, ctx.T, ctx.target.target.comparator, d.direction, ctx.thresholds.approx);
  const points = [base, ...values.filter((v) => v.year > base.year).map((v) => ({ year: v.year, value: v.value }))];
  const projection = ctx.final ? null : projectLevel(points, ctx.tT, ctx.percent);
  if (projection?.note) notes.push(projection.note);
  const forecast = projection && judgeForecast({
    value: projection.value, linear: projection.linear, baseline: base.value, target: ctx.T,
    comparator: ctx.target.target.comparator, direction: d.direction, growth: false, maintain: false,
  }, ctx.thresholds);
  const tau = timeProgress(latest.year, base.year, ctx.tT);
  const p = completion(latest.value, base.value, ctx.T);
  // built field by field: object spreads here cost several times the whole judgement
  const verdict = (status: Judgement['status'], pace: number | null, sentence: string): Judgement => ({
    status, direction: d.direction, timeProgress: round4(tau), completion: p === null ? null : round4(p), pace,
    level: latest.value, latest: point, forecast, explanation: [sentence, ...notes], baselineUsed: base,
  });
  if (reached) {
    const pace = p === null || tau === 0 ? null : round4(p / tau);
    return verdict('achieved', pace, `${latest.year}年值${numberText(latest.value)}已达到目标${targetText(ctx)}`);
  }
  if (ctx.final) return verdict('not-achieved', null, missedText(ctx, latest, p));
  if (p === null || tau === 0) return verdict('not-assessable', null, '目标值等于基期值或时序进度为0，无法计算进度比');
  const r = round4(p / tau);
  const result = applyMethod(ctx, { p, tau, r, B: base.value, L: latest.value, t0: base.year, t: latest.year, cagrApplies: true, forecast });
  return verdict(result.status, r, result.sentence);
}

/** No baseline and one observation: achieved if it already meets the target, else not assessable. */
function judgeSingleValue(ctx: JudgeContext, latest: { year: number; value: number; comparator: JudgeContext['target']['target']['comparator'] }): Judgement {
  const d = ctx.resolve(null);
  const point = { year: latest.year, value: latest.value };
  if (meets(latest, ctx.T, ctx.target.target.comparator, d.direction, ctx.thresholds.approx)) {
    const text = `规划未给出基期值；${latest.year}年值${numberText(latest.value)}已达到目标${targetText(ctx)}`;
    return emptyJudgement('achieved', d.direction, [text], point, latest.value);
  }
  if (ctx.final) return emptyJudgement('not-achieved', d.direction, [`规划未给出基期值；${missedText(ctx, latest, null)}`], point, latest.value);
  const text = `规划未给出基期值，且只有${latest.year}年一个观测值${numberText(latest.value)}（未达到目标${targetText(ctx)}），无法计算进度`;
  return emptyJudgement('not-assessable', d.direction, [text], point, latest.value);
}

/** No numbers at all: no data, or only milestone words for a numeric target. */
function judgeWithoutNumbers(ctx: JudgeContext): Judgement {
  const d = ctx.resolve(ctx.B).direction;
  const words = ctx.series.values.filter((v) => v.milestone);
  if (words.length === 0) return emptyJudgement('no-data', d, [noDataText(ctx.t0, ctx.asOf)]);
  const last = words[words.length - 1];
  const text = `数值目标的${last.year}年观测值为文字“${last.milestone}”，无法计算进度`;
  return emptyJudgement('not-assessable', d, [text], { year: last.year, value: null });
}

/** The final verdict on a target not met: the value against the target, and the completion when known. */
export function missedText(ctx: JudgeContext, latest: { year: number; value: number }, p: number | null): string {
  const done = p === null ? '' : `，完成进度${percentText(p)}`;
  return `${latest.year}年值${numberText(latest.value)}未达到目标${targetText(ctx)}，未完成${done}`;
}
