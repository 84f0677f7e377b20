import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts the real `plantrack serve --demo` on 127.0.0.1 with a free port; resolves once it listens. */
export async function startRealServer(dataDir: string, extra: string[] = []): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['bin/plantrack.js', 'serve', '--demo', '--data', dataDir, '--port', '0', '--host', '127.0.0.1', ...extra], {
    cwd: root,
    env: { ...process.env, PLANTRACK_DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`服务器 180 秒内未启动：\n${output}`)), 180_000);
    child.stdout!.on('data', () => {
      const match = output.match(/已启动：(http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    child.on('exit', (code) => reject(new Error(`服务器退出（${code}）：\n${output}`)));
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
