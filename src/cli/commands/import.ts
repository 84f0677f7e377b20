import { resolve } from 'node:path';
import { UsageError, flag, type Command, type CommandContext } from '../command.ts';
import { importPlans, previewReading, readPlanFile, type ImportResult } from '../../services/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';
import { carriedLines, previewText } from '../preview-text.ts';
import { progressBar } from '../progress-bar.ts';
import { planFilesOf } from '../plan-files.ts';

const statusText: Record<ImportResult['status'], string> = {
  imported: '已导入', 'new-version': '新版本', unchanged: '未变化', replaced: '已重新抽取', failed: '失败',
};

function resultLine(r: ImportResult): string {
  if (r.status === 'failed') return `✗ ${r.file}：${r.error}`;
  const what = `${r.region ?? '（地区未识别）'} ${r.title ?? '（标题未识别）'}`;
  const version = r.status === 'new-version' ? `，第 ${r.version} 版（旧版保留）` : '';
  const fixes = r.corrections ? `，沿用更正 ${r.corrections} 处` : '';
  const draft = r.state === 'draft' ? `\n    待核对（未计入总览与比较）：${r.reviewNotes?.join('；') || '尚未确认'}` : '';
  const carried = carriedLines(r.carried).map((l) => `\n  ${l}`).join('');
  return `${r.status === 'unchanged' ? '=' : '✓'} ${r.file}  ${statusText[r.status]}：#${r.planId} ${what}，指标 ${r.indicators} 项${version}${fixes}${draft}${carried}`;
}

export const command: Command = {
  summary: '导入规划文件（或文件夹中的全部规划文件）：抽取并存入数据库（相同文件不重复导入，新版本与旧版并存）',
  usage: 'plantrack import FILE|FOLDER… [--preview [--json]] [--yes] [--draft] [--data DIR] [--by NAME] [--replace]',
  options: { ...databaseOptions, replace: { type: 'boolean' }, preview: { type: 'boolean' }, json: { type: 'boolean' }, yes: { type: 'boolean' }, draft: { type: 'boolean' } },
  async run(ctx) {
    if (!ctx.positionals.length) throw new UsageError('缺少要导入的规划文件 FILE…');
    const paths = planFilesOf(ctx.positionals.map((p) => resolve(ctx.io.cwd, p)));
    if (flag(ctx, 'preview')) return preview(ctx, paths);
    const showBar = ctx.io.isTTY && paths.length > 3;
    const results = await withDatabase(ctx, (db) =>
      importPlans(paths, {
        db, by: actor(ctx), replace: flag(ctx, 'replace'), draft: flag(ctx, 'draft'), requireComplete: flag(ctx, 'yes'),
        onProgress: ({ done, total, result }) => {
          if (showBar) ctx.io.stderr(progressBar(done, total, result.file) + (done === total ? '\n' : ''));
          else ctx.io.stdout(`${resultLine(result)}\n`);
        },
        onIndexProgress: (done, total) => {
          if (showBar) ctx.io.stderr(progressBar(done, total, '建立检索索引') + (done === total ? '\n' : ''));
        },
        onIndexOrdering: () => {
          if (showBar) ctx.io.stderr('按检索读取的顺序整理索引（数千个规划需几分钟）…\n');
        },
      }),
    );
    if (showBar) ctx.io.stdout(results.map((r) => `${resultLine(r)}\n`).join(''));
    for (const r of results) if (r.status === 'failed') ctx.io.stderr(`${r.file}：${r.error}\n`);
    const failed = results.filter((r) => r.status === 'failed').length;
    const stored = results.filter((r) => r.status !== 'failed' && r.status !== 'unchanged').length;
    ctx.io.stdout(`共 ${results.length} 个文件：导入 ${stored} 个，未变化 ${results.length - stored - failed} 个，失败 ${failed} 个\n`);
    return failed ? 1 : 0;
  },
};

/** import --preview: what would be stored, nothing stored (a file that cannot be read fails the command). */
async function preview(ctx: CommandContext, paths: readonly string[]): Promise<number> {
  const previews = await withDatabase(ctx, async (db) => {
    const out = [];
    for (const path of paths) {
      const { source, extract } = await readPlanFile(path);
      out.push(await previewReading(db, source, extract));
    }
    return out;
  });
  ctx.io.stdout(flag(ctx, 'json') ? `${JSON.stringify(previews, null, 2)}\n` : previews.map(previewText).join('\n'));
  return 0;
}
