import { parseArgs } from 'node:util';
import { AppError } from '../domain/index.ts';
import { UsageError, type CliIo, type Command, type OptionsConfig } from './command.ts';
import { commands } from './commands/index.ts';

const globalOptions: OptionsConfig = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
};

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});

/** Runs one command line; the only place that turns errors into messages and exit codes. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const debug = rest.includes('--debug');
  try {
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      io.stdout(await helpText());
      return 0;
    }
    const load = commands[name];
    if (!load) throw new UsageError(`未知命令 "${name}"。可用命令：${Object.keys(commands).join(', ')}`);
    const { command } = await load();
    const parsed = parseCommandLine(command, rest);
    if (parsed.values.help) {
      io.stdout(`${command.summary}\n用法：${command.usage}\n`);
      return 0;
    }
    return (await command.run({ values: parsed.values, positionals: parsed.positionals, io })) ?? 0;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function parseCommandLine(command: Command, args: string[]) {
  const options = { ...globalOptions, ...command.options };
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n用法：${command.usage}`);
  }
}

/** `--value -1.5` (a fall, a negative growth rate) is the option's value, not an unknown option: it becomes `--value=-1.5`. */
export function joinNegativeValues(args: readonly string[], options: OptionsConfig): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const takesValue = args[i].startsWith('--') && options[args[i].slice(2)]?.type === 'string';
    if (takesValue && /^[-−]\d/.test(args[i + 1] ?? '')) joined.push(`${args[i]}=${args[++i]}`);
    else joined.push(args[i]);
  }
  return joined;
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof UsageError) {
    io.stderr(`用法错误：${error.message}\n`);
    return 2;
  }
  if (error instanceof AppError) {
    io.stderr(`错误：${error.message}\n`);
    if (debug && error.details !== undefined) io.stderr(`${JSON.stringify(error.details, null, 2)}\n`);
    if (debug && error.cause) io.stderr(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`内部错误：${message}\n（加 --debug 查看详细信息）\n`);
  if (debug && error instanceof Error) io.stderr(`${error.stack}\n`);
  return 1;
}

async function helpText(): Promise<string> {
  const lines = ['PlanTrack 规划监测', '', '命令：'];
  for (const [name, load] of Object.entries(commands)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  lines.push('', '每个命令加 --help 查看用法；加 --debug 查看错误详情。', '');
  return lines.join('\n');
}
