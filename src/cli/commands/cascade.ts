import { flag, stringOption, UsageError, type Command } from '../command.ts';
import { comparePlanCascade, type PlanCascade } from '../../services/index.ts';
import { alignColumns } from '../text-table.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '规划传导：下级地区规划与上级规划的共有指标、偏弱目标、未承接指标和专栏主题',
  usage: 'plantrack cascade PLAN [--parent PLAN] [--json] [--data DIR]',
  options: { ...databaseOptions, json: { type: 'boolean' }, parent: { type: 'string' } },
  async run(ctx) {
    const plan = ctx.positionals.length ? ctx.positionals.join(' ') : undefined;
    if (!plan) throw new UsageError('缺少规划 PLAN（编号、源文件名或地区名），如 plantrack cascade 海州区');
    const cascade = await withDatabase(ctx, (db) => comparePlanCascade(db, plan, stringOption(ctx, 'parent')));
    ctx.io.stdout(flag(ctx, 'json') ? `${JSON.stringify(cascade, null, 2)}\n` : formatCascade(cascade));
  },
};

function formatCascade(c: PlanCascade): string {
  const period = (p: PlanCascade['child']) => (p.period ? `（${p.period}）` : '');
  const out = [`下级：${c.child.region ?? ''} ${c.child.title ?? ''}${period(c.child)}`, `上级：${c.parent.region ?? ''} ${c.parent.title ?? ''}${period(c.parent)}`];
  if (c.parentNote) out.push(`注意：${c.parentNote}`);
  out.push('', `一、共有指标 ${c.shared.length} 项（⚠ 表示下级目标弱于上级；总量指标随地区规模而定，不比较）`);
  out.push(...alignColumns([['', '指标', '单位', '上级目标', '下级目标', '说明'], ...c.shared.map((s) => [s.weaker ? '⚠' : '', s.name, s.unit ?? '', s.parentTarget?.raw ?? '—', s.childTarget?.raw ?? '—', s.note ?? (s.weaker ? `弱于上级（${s.direction > 0 ? '越大越好' : '越小越好'}）` : '')])]));
  out.push('', `二、上级指标中下级未承接的 ${c.missing.length} 项`);
  out.push(...c.missing.map((m) => `  ${m.name}${m.unit ? `（${m.unit}）` : ''}  目标 ${m.target?.raw ?? '—'}  （上级第 ${m.line} 行）`));
  const silent = c.boxTopics.filter((b) => !b.mentioned);
  out.push('', `三、上级专栏主题 ${c.boxTopics.length} 个，下级文本未提及 ${silent.length} 个`);
  out.push(...c.boxTopics.map((b) => `  ${b.mentioned ? '✓' : '✗'} ${b.box}${b.mentioned ? `（下级第 ${b.childLine} 行提及“${b.topic}”）` : '（未提及）'}`));
  return `${out.join('\n')}\n`;
}
