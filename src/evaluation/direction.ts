import type { Comparator, Direction } from '../domain/index.ts';
import { normalizeName } from './indicator-name.ts';

export interface DirectionInput {
  readonly name: string;
  /** the indicator catalogue's direction for this indicator, when it has one */
  readonly catalogue?: Direction | null;
  readonly comparator: Comparator | null;
  /** B (0 for cumulative targets; the substituted earliest observation when none is printed) */
  readonly baseline: number | null;
  readonly target: number | null;
}

export type DirectionRule = 'catalogue' | 'comparator' | 'name' | 'values' | 'assumed';

export interface ResolvedDirection {
  readonly direction: Direction;
  readonly rule: DirectionRule;
  /** Chinese, for the explanation */
  readonly reason: string;
}

/** The rate of a cut: higher is better even though the stem (能耗, 排放) is a cost. */
const cutSuffix = /(下降率|降低率|降低|下降|减少|削减)$/;
const costStems = ['收入比', '能耗', '排放', '浓度', '失业率', '事故'];

/** Direction by the first rule that applies (evaluation.md, "direction"). */
export function resolveDirection(input: DirectionInput): ResolvedDirection {
  if (input.catalogue === 1 || input.catalogue === -1) {
    return { direction: input.catalogue, rule: 'catalogue', reason: '方向取自指标目录' };
  }
  const { comparator } = input;
  if (comparator === 'ge' || comparator === 'gt') return { direction: 1, rule: 'comparator', reason: '目标为下限，越大越好' };
  if (comparator === 'le' || comparator === 'lt') return { direction: -1, rule: 'comparator', reason: '目标为上限，越小越好' };
  const name = normalizeName(input.name);
  if (cutSuffix.test(name)) return { direction: 1, rule: 'name', reason: `指标名以“${name.match(cutSuffix)![1]}”结尾，降幅越大越好` };
  const stem = costStems.find((s) => name.includes(s));
  if (stem) return { direction: -1, rule: 'name', reason: `指标名含“${stem}”，越小越好` };
  const { baseline: b, target: t } = input;
  if (b !== null && t !== null && b !== t) {
    return t > b
      ? { direction: 1, rule: 'values', reason: '目标高于基期值，越大越好' }
      : { direction: -1, rule: 'values', reason: '目标低于基期值，越小越好' };
  }
  return { direction: 1, rule: 'assumed', reason: '无法判断方向，假定越大越好' };
}
