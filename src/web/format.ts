import { statusLabels } from '../domain/evaluation.ts';
import type { ProgressStatus, Value } from './types.ts';

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

/** What a typed value means, or why it cannot be stored: checked as the user types. */
export function checkTypedValue(text: string, unit: string | null): { ok: true; value: number | string } | { ok: false; message: string } {
  const t = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!t) return { ok: false, message: '请填写数值' };
  if (/^[<>≤≥]?-?\d+(\.\d+)?%?$/.test(t)) {
    const n = Number(t.replace(/[<>≤≥%]/g, ''));
    if ((unit === '%' || t.endsWith('%')) && (n < 0 || n > 100) && !/率|增长/.test(unit ?? '')) return { ok: false, message: '百分比应在 0–100 之间' };
    return { ok: true, value: /^[<>≤≥]|%$/.test(t) ? t : n };
  }
  if (/^(建成|基本建成|完成|基本完成|推进中|开工|在建|未开工|已实现|达到)$/.test(t)) return { ok: true, value: t };
  return { ok: false, message: `“${t}”不是数值：请填数字（如 66.5），可带 ≥ ≤ 或 %` };
}
