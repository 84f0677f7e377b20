import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError, invalidInput } from '../domain/index.ts';

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'];
const TIMEOUT_MS = 120_000;

/** The LibreOffice binary, if installed; PLANTRACK_SOFFICE names one installed elsewhere. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.PLANTRACK_SOFFICE ? [env.PLANTRACK_SOFFICE] : CANDIDATES;
  return candidates.find((path) => existsSync(path));
}

/**
 * Old Word (.doc) or WPS (.wps) bytes → .docx bytes via LibreOffice headless, in a private
 * profile so it neither clashes with a running LibreOffice nor leaves state behind.
 */
export async function convertToDocx(bytes: Uint8Array, file: string, extension: string): Promise<Uint8Array> {
  const soffice = findLibreOffice();
  if (!soffice) {
    throw new AppError(
      'unsupported',
      `读取 ${file} 需要 LibreOffice（apt-get install libreoffice-writer-nogui）；或用 Word/WPS 将其另存为 .docx 后再读取`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'plantrack-office-'));
  try {
    const input = join(dir, `document${extension}`);
    await writeFile(input, bytes);
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(dir, 'out'), input,
    ], file);
    const output = join(dir, 'out', 'document.docx');
    if (!existsSync(output)) throw invalidInput(`LibreOffice 无法转换 ${file}（文件可能已损坏或不是 Word/WPS 文档），请用 Word/WPS 另存为 .docx`);
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' }, (error) => {
      if (!error) return resolve();
      const timedOut = (error as { killed?: boolean }).killed;
      reject(invalidInput(timedOut
        ? `LibreOffice 转换 ${file} 超过 ${TIMEOUT_MS / 1000} 秒未完成，请用 Word/WPS 另存为 .docx 后再读取`
        : `LibreOffice 转换 ${file} 失败，请用 Word/WPS 另存为 .docx 后再读取`, error.message));
    });
  });
}
