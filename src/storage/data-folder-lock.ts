import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/index.ts';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const holderOf = (file: string): number | undefined => {
  try {
    return Number(readFileSync(file, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
};

/** Creates `file` holding our pid only if it does not exist (O_EXCL: atomic across processes). */
const createExclusive = (file: string): boolean => {
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
};

const inUse = (dataDir: string, pid: number) =>
  new AppError('in-use', `数据目录 ${dataDir} 正被进程 PID ${pid} 使用（PGlite 同一时间只允许一个进程）。请先停止该进程，或改用 PLANTRACK_DATABASE_URL 连接 PostgreSQL 服务器。`, { details: { pid } });

/**
 * PGlite serves one process per data folder: take the folder or say who has it. Returns release.
 * A lock left by a killed process is taken over under a second exclusive file, so of two processes
 * that both find the same stale lock only one takes it; the other then sees a live holder.
 */
export function acquireDataFolderLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'plantrack.lock');
  if (!createExclusive(lockFile)) takeOverStale(dataDir, lockFile);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (holderOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
  };
  process.once('exit', release);
  return release;
}

function takeOverStale(dataDir: string, lockFile: string): void {
  const holder = holderOf(lockFile);
  if (holder && holder !== process.pid && isAlive(holder)) throw inUse(dataDir, holder);
  const takeover = `${lockFile}.takeover`;
  const rival = holderOf(takeover);
  if (rival && rival !== process.pid && !isAlive(rival)) rmSync(takeover, { force: true }); // a takeover cut short by a kill
  if (!createExclusive(takeover)) throw inUse(dataDir, holderOf(takeover) ?? 0);
  try {
    const now = holderOf(lockFile);
    if (now !== holder && now && isAlive(now)) throw inUse(dataDir, now); // another process got there first
    writeFileSync(lockFile, String(process.pid));
  } finally {
    rmSync(takeover, { force: true });
  }
}
