import { Worker } from 'node:worker_threads';
import { AppError, invalidInput, type ErrorCode, type PlanExtract, type SourceText } from '../domain/index.ts';

export interface WorkerLimits {
  /** V8 heap of the worker */
  readonly memoryMb: number;
  readonly timeoutMs: number;
}

/** Far above what the largest real plan needs (~250 MB heap, ~20 s for a 300-page PDF). */
export const workerLimits: WorkerLimits = { memoryMb: 1024, timeoutMs: 120_000 };

type Outcome =
  | { kind: 'done'; source: SourceText; extract: PlanExtract }
  | { kind: 'refused'; code: ErrorCode; message: string; details: unknown };

// the worker runs TypeScript sources as the CLI does: register tsx first, then load the worker module
const bootstrap = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.module); });
`;

/**
 * Reads and extracts a document in a worker thread with a memory and a time limit, so a zip bomb,
 * a PDF that inflates to gigabytes or text that makes a parser slow costs that worker, not the
 * server: its other requests keep being answered, and the file is refused with a clear message.
 */
export function readAndExtractInWorker(path: string, limits: WorkerLimits = workerLimits): Promise<{ source: SourceText; extract: PlanExtract }> {
  const file = path.split(/[\\/]/).pop() ?? path;
  const module = new URL('./extract-worker.ts', import.meta.url).href;
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: { module, path },
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(invalidInput(`读取 ${file} 超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成，已中止（文件可能过大或内容异常）`, { field: 'file' }));
    }, limits.timeoutMs);
    const settle = () => clearTimeout(timer);
    worker.once('message', (outcome: Outcome) => {
      settle();
      void worker.terminate();
      if (outcome.kind === 'done') resolve({ source: outcome.source, extract: outcome.extract });
      else reject(new AppError(outcome.code, outcome.message, { details: outcome.details }));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settle();
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        reject(invalidInput(`读取 ${file} 所需内存超过上限 ${limits.memoryMb} MB，已中止（文件可能是“压缩炸弹”或内容异常）`, { field: 'file' }));
      } else reject(error);
    });
    worker.once('exit', () => {
      settle();
      reject(new Error(`读取 ${file} 的工作线程意外退出`));
    });
  });
}
