// npm run bench:extract [-- --seconds N]
// Extraction speed on the five seed plans (detection included) beside the floor: merely reading,
// decoding and splitting the same files into lines. The measures take turns over the seeds until
// each has run ≥ N seconds.
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
  documents: number;
  bytes: number;
  seconds: number;
}

type Run = (path: string) => Promise<number>;

/**
 * Runs each measure over all seeds in turn, round after round, until each has run ≥ minSeconds:
 * interleaving keeps the comparison fair on a machine whose load changes.
 */
async function measureAll(runs: Record<string, Run>): Promise<Measure[]> {
  const measures = Object.keys(runs).map((name): Measure => ({ name, documents: 0, bytes: 0, seconds: 0 }));
  for (const run of Object.values(runs)) for (const path of seeds) await run(path); // warm-up: loading, JIT
  while (measures.some((m) => m.seconds < minSeconds)) {
    for (const measure of measures) {
      const started = process.hrtime.bigint();
      for (const path of seeds) {
        measure.bytes += await runs[measure.name](path);
        measure.documents++;
      }
      measure.seconds += Number(process.hrtime.bigint() - started) / 1e9;
    }
  }
  return measures;
}

const [floor, reading, extraction] = await measureAll({
  'floor: read + decode + split lines': async (path) => {
    const bytes = await readFile(path);
    const decoded = decodeText(bytes);
    if (!decoded || splitLines(decoded.text).length === 0) throw new Error(`cannot decode ${path}`);
    return bytes.length;
  },
  'readDocument (sha256, detection)': async (path) => {
    if ((await readDocument(path)).lines.length === 0) throw new Error(`no lines in ${path}`);
    return sizes.get(path)!;
  },
  'extraction: readDocument+extractPlan': async (path) => {
    const extract = extractPlan(await readDocument(path));
    if (extract.schema !== 'plan-extract/1') throw new Error('unexpected schema');
    return sizes.get(path)!;
  },
});

const row = (m: Measure) => {
  const mbPerSecond = m.bytes / 1024 / 1024 / m.seconds;
  const msPerDocument = (m.seconds * 1000) / m.documents;
  return [m.name.padEnd(36), mbPerSecond.toFixed(1).padStart(8), msPerDocument.toFixed(2).padStart(10), String(m.documents).padStart(6), m.seconds.toFixed(1).padStart(6)].join(' ');
};
console.log(`五份示例规划（${seeds.length} 个文件），各项交替运行，每项至少 ${minSeconds} 秒`);
console.log(['measure'.padEnd(36), '    MB/s', '    ms/doc', '  docs', '     s'].join(' '));
console.log(row(floor));
console.log(row(reading));
console.log(row(extraction));
const ratio = extraction.bytes / extraction.seconds / (floor.bytes / floor.seconds);
console.log(`抽取速度 / floor 速度 = ${ratio.toFixed(3)}（目标 ≥ 0.2）`);
console.log(`峰值内存 maxRSS = ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
