import { resolve } from 'node:path';
import { alignColumns } from '../text-table.ts';
import { UsageError, flag, type Command } from '../command.ts';
import { extractFile } from '../../services/index.ts';
import {
  isDoubtfulTable, regionLevelLabels, type Indicator, type IndicatorTable, type OutlineNode, type PlanExtract, type Value,
} from '../../domain/index.ts';

export const command: Command = {
  summary: '读取规划文本并抽取元数据、目录、指标表、文本目标和专栏（plan-extract/1）',
  usage: 'plantrack extract FILE [--json]',
  options: { json: { type: 'boolean' } },
  async run(ctx) {
    const [file] = ctx.positionals;
    if (!file) throw new UsageError('缺少要读取的规划文件 FILE');
    const extract = await extractFile(resolve(ctx.io.cwd, file));
    ctx.io.stdout(flag(ctx, 'json') ? `${JSON.stringify(extract, null, 2)}\n` : summarize(extract));
  },
};

const kindNames: Record<string, string> = { urbanization: '新型城镇化规划', 'five-year-outline': '国民经济和社会发展规划纲要', other: '其他规划' };

/** The readable Chinese summary: metadata, outline sizes, each indicator table, counts, warnings. */
export function summarize(x: PlanExtract): string {
  const p = x.plan;
  const out = [
    p.title ?? '（未识别标题）',
    `文件：${x.source.file}（${x.source.chars} 字）`,
    `地区：${p.region ?? '—'}${p.regionLevel ? `（${regionLevelLabels[p.regionLevel]}）` : ''}　上级：${p.parentRegion ?? '—'}　类型：${kindNames[p.planKind]}`,
    `规划期：${p.period ? `${p.period.start}—${p.period.end} 年` : '—'}　基期：${p.baseYear ?? '—'}　远景：${p.visionYear ?? '—'}`,
    `发文：${p.issuer ?? '—'}　文号：${p.docNumber ?? '—'}　日期：${p.issuedDate ?? '—'}`,
    `目录：${outlineSizes(x.outline)}`,
    '',
  ];
  for (const table of x.tables) out.push(...tableSection(table, x.indicators.filter((i) => i.table === table.caption)), '');
  const items = x.boxes.reduce((n, b) => n + b.items.length, 0);
  out.push(`指标表 ${x.tables.length} 张，指标 ${x.indicators.length} 项；文本目标 ${x.textTargets.length} 条；专栏 ${x.boxes.length} 个（${items} 项）`);
  for (const issue of x.issues) out.push(`提示：${issue.line && !issue.message.startsWith('第') ? `第 ${issue.line} 行：` : ''}${issue.message}`);
  return `${out.join('\n')}\n`;
}

const levelWords = ['一', '二', '三', '四', '五', '六'];

/** 5 篇、22 章、28 节; or, in 一、/（一） plans, 9 个一级标题（一、）、36 个二级标题（（一）） */
function outlineSizes(outline: OutlineNode[]): string {
  const counts = new Map<string, number>();
  const walk = (nodes: OutlineNode[]) =>
    nodes.forEach((n) => {
      const kind = /(部分|[篇章节])$/.test(n.label) ? n.label.replace(/^第[^篇章节部]+/, '') : `${levelWords[n.level - 1] ?? n.level}级标题（${n.label.replace(/\d+/, '1').replace(/[二三四五六七八九十]+/, '一')}）`;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      walk(n.children);
    });
  walk(outline);
  return counts.size ? [...counts].map(([kind, n]) => (kind.length <= 2 ? `${n} ${kind}` : `${n} 个${kind}`)).join('、') : '未识别到标题';
}

function tableSection(table: IndicatorTable, rows: Indicator[]): string[] {
  const completion = table.kind === 'completion';
  const columns: Array<[string, (r: Indicator) => string]> = [
    ['序号', (r) => (r.seq === null ? '' : String(r.seq))],
    ['类别', (r) => r.category ?? ''],
    ['指标', (r) => r.name],
    ['单位', (r) => r.unit ?? ''],
    [completion ? '规划目标' : '基期值', (r) => printed(completion ? r.target : r.baseline)],
    [completion ? '实际完成' : '目标值', (r) => printed(completion ? r.actual : r.target)],
    ['年均增长', (r) => printed(r.annualGrowth)],
    ['属性', (r) => (r.attribute === 'binding' ? '约束性' : r.attribute === 'expected' ? '预期性' : (r.attributeRaw ?? ''))],
  ];
  // a column the table does not have (no 类别, no 属性, no 年均增长) is left out rather than printed empty
  const shown = columns.filter(([, cell], i) => i === 2 || rows.some((r) => cell(r) !== ''));
  const body = rows.map((r) => shown.map(([, cell]) => cell(r)));
  return [`${table.caption}（第 ${table.line} 行，${rows.length} 项${doubt(table)}）`, ...alignColumns([shown.map(([name]) => name), ...body])];
}

const doubt = (table: IndicatorTable) =>
  isDoubtfulTable(table) ? `，读取把握 ${table.confidence!.toFixed(2)}，请核对` : '';

const printed = (v: Value | null) => v?.raw ?? '';
