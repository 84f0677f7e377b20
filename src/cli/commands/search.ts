import { flag, stringOption, UsageError, type Command } from '../command.ts';
import { searchPlans, type SearchHit } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

const kindLabel = { paragraph: '正文', 'box-item': '专栏', indicator: '指标' } as const;

export const command: Command = {
  summary: '全文检索规划文本（正文、专栏、指标），按相关度排序并标出命中词',
  usage: 'plantrack search QUERY [--plan PLAN] [--region 地区] [--chapter 章节] [--all-versions] [--limit N] [--json] [--data DIR]',
  options: { ...databaseOptions, json: { type: 'boolean' }, plan: { type: 'string' }, region: { type: 'string' }, chapter: { type: 'string' }, 'all-versions': { type: 'boolean' }, limit: { type: 'string' } },
  async run(ctx) {
    const query = ctx.positionals.join(' ').trim();
    if (!query) throw new UsageError('缺少检索词 QUERY，如 plantrack search 户籍制度改革');
    const limitText = stringOption(ctx, 'limit');
    const limit = limitText === undefined ? 20 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit 应为正整数，收到 "${limitText}"`);
    const result = await withDatabase(ctx, (db) =>
      searchPlans(db, query, { plan: stringOption(ctx, 'plan'), region: stringOption(ctx, 'region'), chapter: stringOption(ctx, 'chapter'), includeSuperseded: flag(ctx, 'all-versions'), limit }),
    );
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    if (!result.hits.length) {
      ctx.io.stdout(`没有找到包含“${result.terms.join(' ')}”的段落。\n`);
      return;
    }
    ctx.io.stdout(`检索“${query}”（分词：${result.terms.join(' / ')}），共 ${result.hits.length} 条：\n\n${result.hits.map((h, i) => formatHit(h, i, ctx.io.isTTY)).join('\n')}`);
  },
};

function formatHit(hit: SearchHit, index: number, color: boolean): string {
  const mark = (text: string) => (color ? `\x1b[1;31m${text}\x1b[0m` : `【${text}】`);
  const text = hit.highlighted.map((s) => (s.match ? mark(s.text) : s.text)).join('');
  const where = [hit.plan.region, hit.plan.title].filter(Boolean).join(' · ');
  return `${index + 1}. ${where}\n   ${kindLabel[hit.kind]} · ${hit.chapter || '（无章节）'} · 第 ${hit.line} 行\n   ${text}\n`;
}
