import type { PlanSuccession, SuccessionLink, SuccessionRow } from '../services/index.ts';

const periodOf = (p: SuccessionLink['earlier']) => p.period ?? `#${p.id}`;
const targetOf = (side: SuccessionRow['earlier']) => side?.target?.raw || '—';

/** 规划衔接: the plan's place in its region's sequence, as lines for `show`. */
export function successionLines(s: PlanSuccession): string[] {
  const lines: string[] = [];
  if (s.previous) lines.push(...linkLines(s.previous));
  if (s.next) lines.push('', `后续规划：#${s.next.later.id} ${s.next.later.title ?? ''}（${periodOf(s.next.later)}），用 plantrack show ${s.next.later.id} 查看衔接`);
  return lines;
}

function linkLines(link: SuccessionLink): string[] {
  const [was, now] = [periodOf(link.earlier), periodOf(link.later)];
  const lines = [
    '', `规划衔接：承接 #${link.earlier.id} ${link.earlier.title ?? ''}（${was}）`,
    `  延续 ${link.carried.length} 项，新增 ${link.added.length} 项，不再列入 ${link.dropped.length} 项`,
  ];
  for (const r of link.carried) {
    const final = r.earlierFinal ? `${r.earlierFinal.year} 年实际 ${r.earlierFinal.raw}` : '期末无监测值';
    lines.push(`  延续  ${r.later!.name}：${was}目标 ${targetOf(r.earlier)}，${final}；${now}基期 ${r.later!.baseline?.raw || '—'} → 目标 ${targetOf(r.later)}`);
    if (r.note && r.earlierFinal) lines.push(`        ⚠ ${r.note}`);
  }
  for (const r of link.added) lines.push(`  新增  ${r.later!.name}：目标 ${targetOf(r.later)}`);
  for (const r of link.dropped) lines.push(`  不再列入  ${r.earlier!.name}（${was}目标 ${targetOf(r.earlier)}）`);
  return lines;
}
