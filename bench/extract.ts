// npm run bench:extract [-- --seconds N]
// Extraction speed on the five seed plans (detection included) beside the floor: merely reading,
// decoding and splitting the same files into lines. Each measure repeats the seeds for ≥ N seconds.
import { readFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument, decodeText } from '../src/readers/index.ts';
import { splitLines } from '../src/readers/split-lines.ts';
import { extractPlan } from '../src/parsers/index.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '2' } } });
const minSeconds = Number(values.seconds);
const folder = join(import.meta.dirname, '..', 'examples', 'plans');
const seeds = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f));
const sizes = new Map(seeds.map((path) => [path, statSync(path).size]));

interface Measure {
  readonly name: string;
  readonly documents: number;
  readonly bytes: number;
  readonly seconds: number;
}

async function measure(name: string, run: (path: string) => Promise<number>): Promise<Measure> {
  for (const path of seeds) await run(path); // warm up: module loading and JIT
  let documents = 0;
  let bytes = 0;
  const started = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < minSeconds) {
    for (const path of seeds) {
      bytes += await run(path);
      documents++;
    }
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
  return { name, documents, bytes, seconds };
}

const floor = await measure('floor: read + decode + split lines', async (path) => {
  const bytes = await readFile(path);
  const decoded = decodeText(bytes);
  if (!decoded || splitLines(decoded.text).length === 0) throw new Error(`cannot decode ${path}`);
  return bytes.length;
});
const reading = await measure('readDocument (sha256, detection)', async (path) => {
  if ((await readDocument(path)).lines.length === 0) throw new Error(`no lines in ${path}`);
  return sizes.get(path)!;
});
const extraction = await measure('extraction: readDocument+extractPlan', async (path) => {
  const source = await readDocument(path);
  const extract = extractPlan(source);
  if (extract.schema !== 'plan-extract/1') throw new Error('unexpected schema');
  return sizes.get(path)!;
});

const row = (m: Measure) => {
  const mbPerSecond = m.bytes / 1024 / 1024 / m.seconds;
  const msPerDocument = (m.seconds * 1000) / m.documents;
  return [m.name.padEnd(36), mbPerSecond.toFixed(1).padStart(8), msPerDocument.toFixed(2).padStart(10), String(m.documents).padStart(6), m.seconds.toFixed(1).padStart(6)].join(' ');
};
console.log(`五份示例规划（${seeds.length} 个文件），每项至少运行 ${minSeconds} 秒`);
console.log(['measure'.padEnd(36), '    MB/s', '    ms/doc', '  docs', '     s'].join(' '));
console.log(row(floor));
console.log(row(reading));
console.log(row(extraction));
const ratio = extraction.bytes / extraction.seconds / (floor.bytes / floor.seconds);
console.log(`抽取速度 / floor 速度 = ${ratio.toFixed(3)}（目标 ≥ 0.2）`);
console.log(`峰值内存 maxRSS = ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
