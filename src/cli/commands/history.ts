import { UsageError, flag, planRef, stringOption, today, type Command } from '../command.ts';
import { formatObservedValue, observationHistory, observationRegion, type ObservationHistory } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

const source = (s: { sourceTitle: string | null; note: string | null }) =>
  [s.note, s.sourceTitle].filter(Boolean).join('；') || '—';

const withdrawn = (v: { withdrawal: { reason: string; by: string; at: string } | null }) =>
  v.withdrawal ? `  [已撤回：${v.withdrawal.reason}，${v.withdrawal.by} ${v.withdrawal.at}]` : '';

function historyLines(h: ObservationHistory): string[] {
  const c = h.current;
  const lines = [`${c.year} 年  ${formatObservedValue(c)}${c.unit ? ` ${c.unit}` : ''}  版本 ${c.version}  ${c.enteredBy}  ${c.enteredAt}  来源：${source(c)}  #${c.id}${withdrawn(c)}`];
  for (const r of h.revisions) {
    lines.push(`    原值 ${formatObservedValue(r)}（版本 ${r.version}，${r.enteredBy} ${r.enteredAt} 填报，来源：${source(r)}；${r.replacedBy} ${r.replacedAt} 修订）${withdrawn(r)}`);
  }
  return lines;
}

export const command: Command = {
  summary: '查看指标历年数值及每次修订（谁、何时、来源、原值）',
  usage: 'plantrack history REGION|PLAN --indicator NAME [--year Y] [--json]',
  options: { ...databaseOptions, indicator: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' } },
  async run(ctx) {
    const ref = planRef(ctx);
    const indicator = stringOption(ctx, 'indicator');
    if (!ref || !indicator) throw new UsageError('需要地区 REGION（或规划）和 --indicator NAME');
    const yearText = stringOption(ctx, 'year');
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--year 应为四位年份，收到 "${yearText}"`);
    const histories = await withDatabase(ctx, async (db) => {
      const region = await observationRegion(db, ref, today(ctx));
      return observationHistory(db, { region, indicator, year: yearText ? Number(yearText) : undefined });
    });
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify(histories, null, 2)}\n`);
      return;
    }
    ctx.io.stdout(`${histories[0].current.region} ${indicator}\n${histories.flatMap(historyLines).join('\n')}\n`);
  },
};
