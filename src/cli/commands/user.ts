import { createInterface } from 'node:readline/promises';
import { UsageError, flag, stringOption, type Command, type CommandContext } from '../command.ts';
import { databaseOptions } from '../with-database.ts';
import { parseRole } from '../../services/accounts.ts';
import type { GrantRequest } from '../../services/grants.ts';
import { withAccountsDesk } from '../user-open.ts';
import type { AccountsDesk, GrantMade, ManagedUser } from '../user-desk.ts';

const usage = `plantrack user add NAME --role admin|editor|viewer [--password P] [--department 牵头单位] [--plan 规划]… [--indicator 指标]… [--update]
       plantrack user grant NAME --plan 规划… [--indicator 指标]…   （同时给出 --plan 与 --indicator：仅限该规划中的该指标）
       plantrack user revoke NAME 授权编号
       plantrack user disable|enable NAME
       plantrack user password NAME [--password P]          （重置密码并结束其全部登录会话）
       plantrack user logout-all NAME                       （结束其全部登录会话，如电脑遗失；账号照常可用）
       plantrack user list [--json]
  规划可写编号、源文件名、地区简称或全称、“地区 时期”（如 "连云港市 十四五"）。服务器运行时命令经由服务器执行。`;

export const command: Command = {
  summary: '管理账号：新建、授权填报员可修改的规划/指标、停用、重置密码、结束登录会话',
  usage,
  options: {
    ...databaseOptions,
    role: { type: 'string' },
    password: { type: 'string' },
    department: { type: 'string' },
    plan: { type: 'string', multiple: true },
    indicator: { type: 'string', multiple: true },
    update: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const [action, name, ...rest] = ctx.positionals;
    const run = Object.hasOwn(actions, action ?? '') ? actions[action!] : undefined;
    if (!run) throw new UsageError(`未知的子命令 "${action ?? ''}"\n用法：${usage}`);
    if (action !== 'list' && !name) throw new UsageError(`请写出用户名：plantrack user ${action} NAME`);
    const password = action === 'add' || action === 'password' ? await passwordOf(ctx) : '';
    await withAccountsDesk(ctx, async (desk) => {
      if (desk.via) ctx.io.stderr(`数据目录正被服务器使用，经由服务器 ${desk.via} 执行\n`);
      await run(ctx, desk, { name: name ?? '', rest, password });
    });
  },
};

type Action = (ctx: CommandContext, desk: AccountsDesk, args: { name: string; rest: string[]; password: string }) => Promise<void>;

const actions: Record<string, Action> = {
  async list(ctx, desk) {
    const users = await desk.list();
    if (flag(ctx, 'json')) return ctx.io.stdout(`${JSON.stringify(users, null, 2)}\n`);
    for (const u of users) ctx.io.stdout(`${listLine(u)}\n`);
  },
  async add(ctx, desk, { name, password }) {
    const role = parseRole(stringOption(ctx, 'role') ?? 'viewer');
    const account = { name, role, password, department: stringOption(ctx, 'department') ?? null, update: flag(ctx, 'update'), grants: grantRequests(ctx) };
    const { user, granted } = await desk.add(account);
    ctx.io.stdout(`已${flag(ctx, 'update') ? '更新' : '创建'}用户 ${user.name}（${user.role}）\n`);
    for (const grant of granted) reportGrant(ctx, user.name, grant);
  },
  async grant(ctx, desk, { name }) {
    if (!grantRequests(ctx).length) throw new UsageError('请用 --plan 和/或 --indicator 指定授权范围');
    await grantAll(ctx, desk, name);
  },
  async revoke(ctx, desk, { name, rest }) {
    const id = Number(rest[0]);
    if (!Number.isInteger(id) || id < 1) throw new UsageError('请写出授权编号（plantrack user list 中 [ ] 内的数字）：plantrack user revoke NAME 编号');
    await desk.revoke(name, id);
    ctx.io.stdout(`已撤销 ${name} 的授权 ${id}\n`);
  },
  async disable(ctx, desk, { name }) {
    await desk.change(name, { disabled: true });
    ctx.io.stdout(`已停用用户 ${name}（其登录会话已全部结束）\n`);
  },
  async enable(ctx, desk, { name }) {
    await desk.change(name, { disabled: false });
    ctx.io.stdout(`已启用用户 ${name}\n`);
  },
  async password(ctx, desk, { name, password }) {
    await desk.change(name, { password });
    ctx.io.stdout(`已重置用户 ${name} 的密码（其登录会话已全部结束）\n`);
  },
  async 'logout-all'(ctx, desk, { name }) {
    const ended = await desk.logoutAll(name);
    ctx.io.stdout(`已结束用户 ${name} 的 ${ended} 个登录会话；下次使用须重新登录\n`);
  },
};

export function listLine(u: ManagedUser): string {
  const grants = u.grants.map((g) => `[${g.id}] ${g.description}`).join('；');
  return [u.name, u.role, u.department ?? '', u.disabled ? '已停用' : '', grants].join('\t');
}

/** --plan × --indicator: with both, each indicator in each plan only; with one kind, each on its own. */
function grantRequests(ctx: CommandContext): GrantRequest[] {
  const plans = list(ctx, 'plan');
  const indicators = list(ctx, 'indicator');
  if (plans.length && indicators.length) return plans.flatMap((plan) => indicators.map((indicator) => ({ plan, indicator })));
  return [...plans.map((plan) => ({ plan })), ...indicators.map((indicator) => ({ indicator }))];
}

async function grantAll(ctx: CommandContext, desk: AccountsDesk, name: string) {
  for (const request of grantRequests(ctx)) reportGrant(ctx, name, await desk.grant(name, request));
}

function reportGrant(ctx: CommandContext, name: string, grant: GrantMade) {
  ctx.io.stdout(`已授权 ${name}：${grant.description}（授权编号 ${grant.id}）\n`);
  if (grant.note) ctx.io.stderr(`说明：${grant.note}\n`);
}

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
