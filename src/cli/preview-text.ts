import type { CarriedCorrection, PlanPreview } from '../services/index.ts';
import { carriedLabels, describeCorrection, regionLevelLabels, type Value } from '../domain/index.ts';

const cell = (v: Value | null) => v?.raw || '—';
const percent = (n: number | undefined) => (n === undefined ? '' : `，可信度 ${Math.round(n * 100)}%`);

/** The import preview in words: metadata, each table with its rows, text targets, 专栏, issues, carried corrections. */
export function previewText(p: PlanPreview): string {
  const m = p.plan;
  const out = [
    `预览 ${p.file}（${p.format}，${p.lines} 行；尚未存储）`,
    `  标题：${m.title ?? '（未识别）'}`,
    `  地区：${m.region ?? '（未识别）'}${m.regionLevel ? `（${regionLevelLabels[m.regionLevel]}）` : ''}${m.parentRegion ? `，上级：${m.parentRegion}` : ''}`,
    `  规划期：${m.period ? `${m.period.start}—${m.period.end}` : '（未识别）'}  基期：${m.baseYear ?? '（未识别）'}`,
    p.previous ? `  ${p.previous.sameFile ? '已存储为' : '将作为新版本，接续'} #${p.previous.id}（第 ${p.previous.version} 版）` : '  新规划（库中没有同名规划）',
  ];
  for (const t of p.tables) {
    out.push(`  ${t.caption}（${t.rows} 行${percent(t.confidence)}）`);
    for (const r of p.rows.filter((row) => row.table === t.caption)) {
      out.push(`    ${r.seq ?? '·'} ${r.category ? `[${r.category}] ` : ''}${r.name}（${r.unit ?? '无单位'}）基期 ${cell(r.baseline)} 目标 ${cell(r.target)}${r.actual ? ` 完成 ${cell(r.actual)}` : ''}`);
    }
  }
  out.push(`  文本目标 ${p.textTargets.length} 项；专栏 ${p.boxes.length} 个（共 ${p.boxes.reduce((n, b) => n + b.items, 0)} 项）`);
  out.push(...p.issues.map((i) => `  ${i.severity === 'error' ? '错误' : '警告'}${i.line ? `（第 ${i.line} 行）` : ''}：${i.message}`));
  out.push(...carriedLines(p.carried));
  out.push(p.reviewNotes.length ? `  确认后仍为待核对：${p.reviewNotes.join('；')}` : '  读取完整：确认后即计入总览');
  return `${out.join('\n')}\n`;
}

/** One line per correction of the previous version: 已沿用 or 不再匹配——请核对. */
export function carriedLines(carried: readonly CarriedCorrection[] | undefined): string[] {
  return (carried ?? []).map((c) => `  更正${carriedLabels[c.status]}：${describeCorrection(c)}`);
}
