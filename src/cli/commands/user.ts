import { createInterface } from 'node:readline/promises';
import { UsageError, flag, stringOption, type Command, type CommandContext } from '../command.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';
import { grantEditor, listUsers, parseRole, saveUser } from '../../services/accounts.ts';

export const command: Command = {
  summary: '管理账号：新建管理员/填报员/只读用户，分配可填报的规划或指标',
  usage: 'plantrack user add NAME --role admin|editor|viewer [--password P] [--department 牵头单位] [--plan PLAN]… [--indicator 指标]… [--update]\n       plantrack user list',
  options: {
    ...databaseOptions,
    role: { type: 'string' },
    password: { type: 'string' },
    department: { type: 'string' },
    plan: { type: 'string', multiple: true },
    indicator: { type: 'string', multiple: true },
    update: { type: 'boolean' },
  },
  async run(ctx) {
    const [action, name] = ctx.positionals;
    if (action === 'list') return withDatabase(ctx, async (db) => {
      for (const u of await listUsers(db)) ctx.io.stdout(`${u.name}\t${u.role}\t${u.department ?? ''}\t${u.grants.map((g) => [g.plan, g.indicator].filter(Boolean).join('/')).join('，')}\n`);
    });
    if (action !== 'add' || !name) throw new UsageError('请写 plantrack user add NAME --role admin 或 plantrack user list');
    const role = parseRole(stringOption(ctx, 'role') ?? 'viewer');
    const password = await passwordOf(ctx);
    await withDatabase(ctx, async (db) => {
      const user = await saveUser(db, { name, role, password, department: stringOption(ctx, 'department') ?? null, update: flag(ctx, 'update'), by: actor(ctx) });
      for (const plan of list(ctx, 'plan')) await grantEditor(db, user.name, { plan }, actor(ctx));
      for (const indicator of list(ctx, 'indicator')) await grantEditor(db, user.name, { indicator }, actor(ctx));
      ctx.io.stdout(`已${flag(ctx, 'update') ? '更新' : '创建'}用户 ${user.name}（${user.role}）\n`);
    });
  },
};

const list = (ctx: CommandContext, name: string) => (ctx.values[name] as string[] | undefined) ?? [];

/** --password, else PLANTRACK_PASSWORD, else asked on the terminal. */
async function passwordOf(ctx: CommandContext): Promise<string> {
  const given = stringOption(ctx, 'password') ?? ctx.io.env.PLANTRACK_PASSWORD;
  if (given) return given;
  if (!process.stdin.isTTY) throw new UsageError('请用 --password 或环境变量 PLANTRACK_PASSWORD 给出密码');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question('密码（至少 8 个字符）：');
  } finally {
    rl.close();
  }
}
