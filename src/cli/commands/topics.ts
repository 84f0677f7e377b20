import { flag, stringOption, type Command } from '../command.ts';
import { compareTopics, topicsByName, type TopicComparison } from '../../services/index.ts';
import { alignColumns } from '../text-table.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '主题比较：各规划对户籍、公共服务、城市更新等主题的篇幅和量化目标',
  usage: 'plantrack topics [--topics 户籍,公共服务,…] [--json] [--data DIR]',
  options: { ...databaseOptions, json: { type: 'boolean' }, topics: { type: 'string' } },
  async run(ctx) {
    const names = stringOption(ctx, 'topics')?.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
    const comparison = await withDatabase(ctx, (db) => compareTopics(db, names?.length ? topicsByName(names) : undefined));
    ctx.io.stdout(flag(ctx, 'json') ? `${JSON.stringify(comparison, null, 2)}\n` : formatTopics(comparison));
  },
};

function formatTopics(c: TopicComparison): string {
  const header = ['主题', ...c.plans.map((p) => p.region ?? `#${p.id}`)];
  const rows = c.topics.map((topic, t) => [topic, ...c.plans.map((p) => {
    const x = p.topics[t];
    return `${x.passages}段 ${(x.share * 100).toFixed(1)}% 目标${x.targets.length}`;
  })]);
  const targets = c.plans.flatMap((p) => p.topics.flatMap((x) => x.targets.map((t) => `  ${p.region ?? `#${p.id}`} · ${x.topic}：${t.name} ${t.raw}（第 ${t.line} 行）`)));
  return `${alignColumns([header, ...rows]).join('\n')}\n\n各主题的量化目标：\n${targets.join('\n') || '  （无）'}\n`;
}
