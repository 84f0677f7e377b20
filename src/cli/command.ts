import type { ParseArgsConfig } from 'node:util';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** true when stdout is a terminal (colours, progress bars) */
  readonly isTTY: boolean;
  /** the clock (tests pass their own); else PLANTRACK_TODAY=YYYY-MM-DD, else the system clock */
  readonly now?: () => Date;
}

export interface CommandContext {
  readonly values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  readonly positionals: string[];
  readonly io: CliIo;
}

export interface Command {
  /** one line, Chinese first */
  readonly summary: string;
  /** e.g. `plantrack extract FILE [--json]` */
  readonly usage: string;
  readonly options: OptionsConfig;
  /** returns the exit status (0 when omitted) */
  run(ctx: CommandContext): Promise<number | void>;
}

/** Wrong words on the command line: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const stringOption = (ctx: CommandContext, name: string): string | undefined => {
  const value = ctx.values[name];
  return typeof value === 'string' ? value : undefined;
};

export const flag = (ctx: CommandContext, name: string): boolean => ctx.values[name] === true;

/** Today for rules that depend on it (a bare region's current plan, future years refused). */
export function today(ctx: CommandContext): Date {
  if (ctx.io.now) return ctx.io.now();
  const pinned = ctx.io.env.PLANTRACK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T12:00:00+08:00`);
  return new Date();
}

/** A plan named by several words on the command line (连云港市 十四五) is one reference. */
export const planRef = (ctx: CommandContext): string | undefined => (ctx.positionals.length ? ctx.positionals.join(' ') : undefined);
