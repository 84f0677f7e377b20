import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * While `plantrack serve` holds the embedded store it leaves its address and a one-off admin token
 * in the data folder (readable by its owner only — who could read the database files anyway), so
 * that `plantrack user …` on the same machine can make the change through the running server.
 */
export interface ServerFile {
  readonly url: string;
  readonly pid: number;
  readonly token: string;
}

const fileOf = (dataDir: string) => join(dataDir, 'plantrack.server.json');

export const newServerToken = () => randomBytes(32).toString('base64url');

/** Writes the file for a server that listens on url with token; returns a function that removes it. */
export function announceServer(dataDir: string, url: string, token: string): () => void {
  const file = fileOf(dataDir);
  writeFileSync(file, JSON.stringify({ url, pid: process.pid, token } satisfies ServerFile), { mode: 0o600 });
  const remove = () => rmSync(file, { force: true });
  process.once('exit', remove);
  return remove;
}

/** The server that announced itself in dataDir, if its process still runs. */
export function findAnnouncedServer(dataDir: string): ServerFile | undefined {
  try {
    const found = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as ServerFile;
    process.kill(found.pid, 0);
    return typeof found.url === 'string' && typeof found.token === 'string' ? found : undefined;
  } catch {
    return undefined;
  }
}
