import { resolve } from 'node:path';
import { UsageError, flag, type Command } from '../command.ts';
import { extractFile } from '../../services/index.ts';

export const command: Command = {
  summary: '读取规划文本并抽取元数据、目录、指标表、文本目标和专栏（plan-extract/1）',
  usage: 'plantrack extract FILE [--json]',
  options: { json: { type: 'boolean' } },
  async run(ctx) {
    const [file] = ctx.positionals;
    if (!file) throw new UsageError('缺少要读取的规划文件 FILE');
    const extract = await extractFile(resolve(ctx.io.cwd, file));
    if (flag(ctx, 'json')) ctx.io.stdout(`${JSON.stringify(extract, null, 2)}\n`);
    else ctx.io.stdout(`${extract.plan.title ?? '（未识别标题）'}\n`);
  },
};
