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

/** PGlite serves one process per data folder: take the folder or say who has it. Returns release. */
export function acquireDataFolderLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'plantrack.lock');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8').trim());
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new AppError('in-use', `数据目录 ${dataDir} 正被进程 PID ${holder} 使用（PGlite 同一时间只允许一个进程）。请先停止该进程，或改用 PLANTRACK_DATABASE_URL 连接 PostgreSQL 服务器。`, { details: { pid: holder } });
    }
    writeFileSync(lockFile, String(process.pid)); // a stale lock from a killed process
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rmSync(lockFile, { force: true });
  };
  process.once('exit', release);
  return release;
}
