import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Indicator, PlanExtract, SourceText, Value } from '../../src/domain/index.ts';
import { readDocument } from '../../src/readers/index.ts';
import { storePlan } from '../../src/services/index.ts';
import type { Database } from '../../src/storage/index.ts';

export const seedDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
export const seedFiles = ['000_6672659702fb4163.txt', '001_7c17e6fcf30f2c99.txt', '002_d50b99ada46e1ee4.txt', '003_d7ad96852b7746b9.txt', '004_cc525a364f434966.txt'].map((f) => join(seedDir, f));

const cell = (raw: string, value: number | null): Value => ({ raw, value, comparator: value === null ? null : 'eq', cumulative: false, year: null, text: null });
const caption = '表2-1  “十四五”时期新型城镇化发展主要指标';

const row = (seq: number, name: string, unit: string, baseline: Value | null, target: Value, line: number): Indicator => ({
  table: caption, seq, category: '城镇化质量', name, unit, attribute: 'expected', baseline, target, actual: null, annualGrowth: null, line,
});

/**
 * What extraction gives for a few rows of 连云港市's plan (000), transcribed from the seed text,
 * so that storage is tested on real content whatever state the extractor is in.
 */
export function sampleExtract(source: SourceText, overrides: Partial<PlanExtract> = {}): PlanExtract {
  return {
    schema: 'plan-extract/1',
    source: { file: source.file, sha256: source.sha256, chars: 155820 },
    plan: { title: '连云港市“十四五”新型城镇化规划', region: '连云港市', regionLevel: 'city', parentRegion: null, planKind: 'urbanization', period: { start: 2021, end: 2025 }, baseYear: 2020, visionYear: 2035, issuer: null, docNumber: null, issuedDate: null },
    outline: [
      { level: 1, label: '第一篇', title: '规划基础', line: 4, children: [
        { level: 2, label: '第一章', title: '发展基础', line: 7, children: [] },
        { level: 2, label: '第二章', title: '发展趋势', line: 25, children: [] },
      ] },
      { level: 1, label: '第二篇', title: '总体要求', line: 47, children: [{ level: 2, label: '第一章', title: '指导思想', line: 50, children: [] }] },
    ],
    tables: [{ caption, kind: 'targets', line: 90, rows: 3 }],
    indicators: [
      row(1, '常住人口城镇化率', '%', cell('61.52', 61.52), cell('70', 70), 101),
      row(2, '居民人均可支配收入年均增长', '%', null, cell('7', 7), 107),
      row(3, '人均预期寿命', '岁', cell('77.5', 77.5), cell('78.5', 78.5), 113),
    ],
    textTargets: [{ indicator: '常住人口城镇化率', year: 2035, target: { ...cell('75%左右', 75), comparator: 'approx' }, line: 89, text: '常住人口城镇化率达到75%左右' }],
    boxes: [{ title: '专栏3-1 公共服务领域重点工程', line: 242, items: [{ title: '教育', text: '在人口集中流入地区新建、改扩建中小学。', line: 244 }] }],
    issues: [],
    ...overrides,
  };
}

export async function readSeed(index = 0): Promise<SourceText> {
  return readDocument(seedFiles[index]);
}

/** The same document with one more line: other bytes, same plan (a new version). */
export function editedSource(source: SourceText, extraLine: string): SourceText {
  const lines = [...source.lines, { line: source.lines.length + 1, text: extraLine, position: { page: null } }];
  const sha256 = createHash('sha256').update(lines.map((l) => l.text).join('\n')).digest('hex');
  return { ...source, sha256, lines };
}

export const nonEmptyLines = (source: SourceText) => source.lines.filter((l) => l.text.trim()).length;

const done = '表1-1  “十三五”规划主要指标完成情况';
const printedCell = (raw: string, value: number): Value => ({ raw, value, comparator: 'eq', cumulative: false, year: null, text: null });
const completionRow: Indicator = {
  table: done, seq: 1, category: null, name: '常住人口城镇化率', unit: '%', attribute: 'expected', baseline: null, target: printedCell('60', 60), actual: printedCell('61.52', 61.52), annualGrowth: null, line: 40,
};

/** 连云港市's sample with a 十三五 completion table printing 常住人口城镇化率 too, and a second 专栏 item. */
export async function storeTwoTables(db: Database, source: SourceText) {
  const base = sampleExtract(source);
  const extract = {
    ...base,
    tables: [{ caption: done, kind: 'completion' as const, line: 38, rows: 1 }, ...base.tables],
    indicators: [completionRow, ...base.indicators],
    boxes: [{ ...base.boxes[0], items: [...base.boxes[0].items, { title: '医疗', text: '建设区域医疗中心。', line: 245 }] }],
  };
  return db.transaction((tx) => storePlan(tx, source, extract, { by: '测试员' }));
}

