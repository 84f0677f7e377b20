import type { Comparator } from '../domain/index.ts';
import type { JudgeContext } from './judgement.ts';
import { numberText } from './round.ts';

const signs: Record<Comparator, string> = { eq: '', ge: '≥', gt: '>', le: '≤', lt: '<', approx: '约' };

/** A number with its printed comparator: ≥82, <4, 约6. */
export const boundText = (value: number, comparator: Comparator | null): string =>
  `${comparator ? signs[comparator] : ''}${numberText(value)}`;

/** The target as a reader knows it: the printed cell when there is one. */
export const targetText = (ctx: JudgeContext): string => ctx.target.target.raw || boundText(ctx.T, ctx.target.target.comparator);

/** A rate target with its %: 7 → 7%, 5左右 → 5%左右, ≥7 → ≥7% (a printed % is kept). */
export const rateText = (ctx: JudgeContext): string => {
  const text = targetText(ctx);
  return text.includes('%') ? text : text.replace(/([\d.]+)(?![\d.])/, '$1%');
};
