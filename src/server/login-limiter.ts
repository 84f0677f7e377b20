import { ServerError } from './errors.ts';

/** Failures allowed per account name and per client address within one window. */
const perName = 5;
const perAddress = 20;
const windowMs = 15 * 60_000;

/**
 * Login guessing, bounded: after `perName` failures for one name, or `perAddress` from one address,
 * within 15 minutes, further attempts are refused (429) before any password is checked. Kept in
 * memory: a restart forgives, which is acceptable for a server with one process.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws 429 when the name or the address has used up its attempts. */
  check(name: string, address: string): void {
    for (const [key, limit] of [[`name:${name}`, perName], [`addr:${address}`, perAddress]] as const) {
      const recent = this.recent(key);
      if (recent.length >= limit) {
        const retryAfter = Math.ceil((recent[0] + windowMs - this.now()) / 1000);
        const who = key.startsWith('name:') ? `账号 ${name}` : `地址 ${address}`;
        throw new ServerError(429, 'too-many-requests', `${who} 登录失败次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`, { retryAfter });
      }
    }
  }

  failed(name: string, address: string): void {
    for (const key of [`name:${name}`, `addr:${address}`]) this.failures.set(key, [...this.recent(key), this.now()]);
    if (this.failures.size > 10_000) this.forgetOld();
  }

  succeeded(name: string): void {
    this.failures.delete(`name:${name}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private forgetOld(): void {
    for (const key of [...this.failures.keys()]) if (this.recent(key).length === 0) this.failures.delete(key);
  }
}
