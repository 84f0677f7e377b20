// A private PostgreSQL cluster on 127.0.0.1 for tests and benchmarks (Debian's postgresql package).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

/** Starts a throwaway cluster; undefined when PostgreSQL is not installed. */
export function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pg-'));
  const port = 54329 + Math.floor(Math.random() * 500);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd) => {
    const result = asRoot ? spawnSync('su', ['postgres', '-c', cmd], { encoding: 'utf8' }) : spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd}\n${result.stdout}${result.stderr}`);
  };
  writeFileSync(join(dir, 'pw'), 'pw\n');
  if (asRoot) {
    const pg = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pg.stdout.trim());
    chownSync(dir, uid, uid);
    chownSync(join(dir, 'pw'), uid, uid);
  }
  try {
    run(`${bin}/initdb -D ${dir}/data -U postgres --auth-host=scram-sha-256 --auth-local=trust --pwfile=${dir}/pw -E UTF8 --locale=C.UTF-8 >/dev/null`);
    run(`${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -o "-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=200 -c fsync=off" start >/dev/null`);
  } catch (error) {
    console.error(`无法启动测试用 PostgreSQL：${error.message}`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return { url: `postgres://postgres:pw@127.0.0.1:${port}/postgres`, stop: () => { try { run(`${bin}/pg_ctl -D ${dir}/data -m fast stop >/dev/null`); } catch {} rmSync(dir, { recursive: true, force: true }); } };
}

