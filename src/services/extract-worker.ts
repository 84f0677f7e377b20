import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../domain/index.ts';
import { readDocument } from '../readers/index.ts';
import { extractPlan } from '../parsers/index.ts';

/** Runs inside the worker of read-in-worker.ts: reads and extracts one file, posts the result or the refusal. */
async function run(path: string) {
  try {
    const source = await readDocument(path);
    parentPort?.postMessage({ kind: 'done', source, extract: extractPlan(source) });
  } catch (error) {
    if (error instanceof AppError) parentPort?.postMessage({ kind: 'refused', code: error.code, message: error.message, details: error.details ?? null });
    else throw error; // a bug: the worker's error event carries it to the caller
  }
}

await run((workerData as { path: string }).path);
