import { statusLabels } from '../domain/evaluation.ts';
import type { ProgressStatus, Value } from '../server/api-types.ts';

export { statusLabels };

// not-achieved (未完成) is the final evaluation's (总结评估) verdict for a target missed
export const statusOrder: ProgressStatus[] = ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'not-achieved', 'no-data', 'not-assessable'];

/** 约束性 / 预期性; a class printed otherwise (基本, 推荐, 建议性) as printed */
export const attributeLabel = (a: string | null, printed?: string | null) =>
  a === 'binding' ? '约束性' : a === 'expected' ? '预期性' : printed || '—';

export const percent = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

export const printed = (v: Value | null | undefined) => (v ? v.raw || '—' : '—');

export function number(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  return Math.abs(x) >= 1000 ? x.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(Number(x.toFixed(4)));
}
