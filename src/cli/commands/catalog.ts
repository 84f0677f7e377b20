import { UsageError, flag, stringOption, type Command, type CommandContext } from '../command.ts';
import { getCatalogEntry, listCatalog, updateCatalogEntry } from '../../services/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';

const directionText = (d: number) => (d === -1 ? '越小越好' : '越大越好');

export const command: Command = {
  summary: '指标目录：列出全部指标，或修改方向、同义词、单位、牵头单位',
  usage: [
    'plantrack catalog [--json]',
    'plantrack catalog set ID [--direction 1|-1] [--synonym NAME …] [--unit U] [--department D] [--by NAME]',
  ].join('\n       '),
  options: {
    ...databaseOptions, json: { type: 'boolean' }, direction: { type: 'string' }, synonym: { type: 'string', multiple: true },
    unit: { type: 'string' }, department: { type: 'string' },
  },
  async run(ctx) {
    const [verb, id] = ctx.positionals;
    if (verb === 'set') return setEntry(ctx, id);
    if (verb) throw new UsageError(`未知子命令 "${verb}"：用 plantrack catalog 列出，plantrack catalog set ID … 修改`);
    const entries = await withDatabase(ctx, (db) => listCatalog(db));
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      return;
    }
    for (const e of entries) {
      ctx.io.stdout(`${e.id}  ${e.name}（${e.unit ?? '—'}，${directionText(e.direction)}，${e.department}）${e.synonyms.length ? `  又称：${e.synonyms.join('、')}` : ''}\n`);
    }
  },
};

async function setEntry(ctx: CommandContext, id: string | undefined): Promise<void> {
  if (!id) throw new UsageError('缺少要修改的指标编号 ID（plantrack catalog 列出全部）');
  const direction = stringOption(ctx, 'direction');
  if (direction !== undefined && direction !== '1' && direction !== '-1') throw new UsageError(`--direction 只能是 1 或 -1，收到 "${direction}"`);
  const added = (ctx.values.synonym as string[] | undefined) ?? [];
  const unit = stringOption(ctx, 'unit');
  const department = stringOption(ctx, 'department');
  if (direction === undefined && !added.length && unit === undefined && department === undefined) {
    throw new UsageError('没有要修改的内容：给出 --direction、--synonym、--unit 或 --department');
  }
  const entry = await withDatabase(ctx, async (db) => {
    const before = await getCatalogEntry(db, id);
    const synonyms = added.length ? [...new Set([...before.synonyms, ...added])] : undefined;
    return updateCatalogEntry(db, id, {
      direction: direction === undefined ? undefined : (Number(direction) as 1 | -1), synonyms, unit, department,
    }, actor(ctx));
  });
  ctx.io.stdout(`已修改 ${entry.id} ${entry.name}：${directionText(entry.direction)}，单位 ${entry.unit ?? '—'}，牵头单位 ${entry.department}，又称 ${entry.synonyms.join('、') || '—'}\n`);
}
