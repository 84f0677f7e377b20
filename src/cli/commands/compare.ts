import { flag, UsageError, type Command } from '../command.ts';
import { compareIndicator, type ComparedIndicator } from '../../services/index.ts';
import { alignColumns } from '../text-table.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

const matchLabel = { exact: '同名', normalized: '规范化后同名', synonym: '同义词', 'same-wording': '同名（目录外）' } as const;
const attributeLabel = (a: string | null) => (a === 'binding' ? '约束性' : a === 'expected' ? '预期性' : '');

export const command: Command = {
  summary: '同一指标在所有规划/地区的基期值、目标、最新值和评估状态（经指标目录匹配）',
  usage: 'plantrack compare INDICATOR [--json] [--data DIR]',
  options: { ...databaseOptions, json: { type: 'boolean' } },
  async run(ctx) {
    const name = ctx.positionals.join(' ').trim();
    if (!name) throw new UsageError('缺少指标名称 INDICATOR，如 plantrack compare 常住人口城镇化率');
    const comparison = await withDatabase(ctx, (db) => compareIndicator(db, name));
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
      return;
    }
    const entry = comparison.entry ? `指标目录：${comparison.entry.name}（${comparison.entry.id}，${comparison.entry.direction > 0 ? '越大越好' : '越小越好'}）` : '指标目录中无此指标，按同名匹配';
    const header = ['地区', '规划', '规划中的名称', '匹配方式', '单位', '基期值', '目标', '属性', '最新值', '状态', '行'];
    const lines = alignColumns([header, ...comparison.rows.map(cells)]);
    ctx.io.stdout(`${name}：${entry}\n\n${lines.join('\n')}\n\n匹配有误时，用 plantrack catalog set 修改同义词，或 plantrack correct 更正指标名称。\n`);
  },
};

function cells(row: ComparedIndicator): string[] {
  return [
    row.region ?? '', `#${row.plan.id}`, row.printedName, matchLabel[row.match], row.unit ?? '', row.baseline?.raw ?? '—', row.target?.raw ?? '—',
    attributeLabel(row.attribute), row.latest ? `${row.latest.value ?? ''}（${row.latest.year}）` : '—', row.label ?? '—', String(row.line),
  ];
}
