import { formatObservedValue, type IndicatorEvaluation, type PlanEvaluation, type Value } from '../domain/index.ts';
import { finalRow, warningText } from '../evaluation/index.ts';
import type { TableColumn, TableFile } from '../reports/index.ts';
import type { ComparedIndicator } from './compare-indicator.ts';
import type { DepartmentTask } from './department-tasks.ts';
import type { ObservationRow } from './observations.ts';
import type { SearchHit } from './search.ts';

/**
 * The tables the web shows, as typed columns for CSV and XLSX: every number a number (years,
 * values, ratios), the printed text beside it where the plan printed more than a number.
 */
const col = (header: string, kind: TableColumn['kind'] = 'text', width?: number): TableColumn => ({ header, kind, width });
const attributeText = { expected: '预期性', binding: '约束性' } as const;
const outcomeText = { likely: '有望实现', 'at-risk': '存在风险', unlikely: '难以实现' } as const;

/** 指标评估: the plan's indicators with status, as on the plan page (pace and forecast before the final phase). */
export function indicatorsTable(evaluation: PlanEvaluation, categories: ReadonlyMap<string, string | null> = new Map()): TableFile {
  const final = evaluation.phase === 'final';
  const columns = [
    col('序号', 'integer', 6), col('类别', 'text', 12), col('指标', 'text', 28), col('单位', 'text', 10), col('属性', 'text', 8),
    col('基期年', 'year'), col('基期值', 'number'), col('目标年', 'year'), col('目标值', 'number'), col('目标（原文）', 'text', 14),
    col('最新年', 'year'), col('最新值', 'number'), ...(final ? [col('实际完成', 'number'), col('实际完成（说明）', 'text', 20)] : []),
    col('完成进度', 'percent'), col('时序进度', 'percent'), ...(final ? [] : [col('进度比', 'number', 8)]), col('评估结果', 'text', 12), col('预警', 'text', 6),
    ...(final ? [] : [col('期末预测', 'number'), col('预测判断', 'text', 10)]), col('说明', 'text', 60),
  ];
  const rows = evaluation.indicators.map((e: IndicatorEvaluation, i) => [
    i + 1, categories.get(e.name) ?? null, e.name, e.unit, e.attribute ? attributeText[e.attribute] : null,
    e.baseline?.year ?? null, e.baseline?.value ?? null, e.target?.year ?? null, e.target?.value ?? null, e.target?.raw ?? null,
    e.latest?.year ?? null, e.latest?.value ?? null, ...(final ? [e.level ?? e.latest?.value ?? null, finalRow(e, i)[6]] : []),
    e.completion, e.timeProgress, ...(final ? [] : [e.pace]), e.label, e.warning ? warningText[e.warning] : null,
    ...(final ? [] : [e.forecast?.value ?? null, e.forecast ? outcomeText[e.forecast.outcome] : null]), e.explanation,
  ]);
  const title = `${evaluation.plan.title ?? ''} 评估年 ${evaluation.asOf}，方法 ${evaluation.method}`;
  return { name: '指标评估', columns, rows, notes: [title.trim(), ...evaluation.notices.map((n) => `说明：${n}`)] };
}

/** 完成情况: the previous period's completion table judged. */
export function completionTable(evaluation: PlanEvaluation): TableFile {
  const columns = [col('序号', 'integer', 6), col('指标', 'text', 36), col('单位', 'text', 10), col('目标值', 'number'), col('规划目标', 'text', 14), col('实际值', 'number'), col('实际完成', 'text', 14), col('结果', 'text', 10)];
  const rows = evaluation.completion.map((c, i) => [i + 1, c.name, c.unit, c.target.value, c.target.raw, c.actual?.value ?? null, c.actual?.raw ?? null, c.label]);
  return { name: '完成情况', columns, rows };
}

/** The observations CSV of shared/spec/observations-csv.md, column for column: a download imports back as it is. */
export const observationColumns = ['region', 'indicator', 'year', 'value', 'unit', 'source_title', 'source_url', 'quote', 'note'] as const;

export function observationsTable(rows: readonly ObservationRow[]): TableFile {
  const kinds: Record<(typeof observationColumns)[number], TableColumn['kind']> = {
    region: 'text', indicator: 'text', year: 'year', value: 'value', unit: 'text', source_title: 'text', source_url: 'text', quote: 'text', note: 'text',
  };
  const widths: Partial<Record<(typeof observationColumns)[number], number>> = { region: 20, indicator: 30, source_title: 30, source_url: 30, quote: 30 };
  return {
    name: '监测数据',
    columns: observationColumns.map((c) => col(c, kinds[c], widths[c])),
    rows: rows.map((o) => [
      o.region, o.indicatorName, o.year, o.comparator || o.milestone ? formatObservedValue(o) : o.value,
      o.unit, o.sourceTitle, o.sourceUrl, o.quote, o.note,
    ]),
  };
}

const matchText: Record<string, string> = { 'same-wording': '同名', exact: '同名', normalized: '规范化后同名', synonym: '同义词' };

/** 指标比较: one indicator across plans. */
export function comparisonTable(rows: readonly ComparedIndicator[]): TableFile {
  const columns = [
    col('地区', 'text', 20), col('规划', 'text', 30), col('规划中的名称', 'text', 24), col('匹配方式', 'text', 12), col('单位', 'text', 10),
    col('基期值', 'number'), col('基期（原文）'), col('目标值', 'number'), col('目标（原文）'), col('最新年', 'year'), col('最新值', 'number'), col('评估结果', 'text', 12), col('原文行号', 'integer'),
  ];
  return {
    name: '指标比较',
    columns,
    rows: rows.map((r) => [
      r.region, r.plan.title, r.printedName, matchText[r.match] ?? r.match, r.unit, numberOf(r.baseline), r.baseline?.raw ?? null,
      numberOf(r.target), r.target?.raw ?? null, r.latest?.year ?? null, r.latest?.value ?? null, r.label, r.line,
    ]),
  };
}

const numberOf = (value: Value | null): number | null => value?.value ?? null;
const taskState = { stale: '缺上年数据', due: '待填报', current: '已更新' } as const;

/** 目标任务分解: what each lead department must report. */
export function tasksTable(tasks: readonly DepartmentTask[]): TableFile {
  const columns = [col('牵头单位', 'text', 16), col('规划', 'text', 30), col('类型', 'text', 8), col('指标 / 专栏项目', 'text', 36), col('最新数据年', 'year', 10), col('最新进展', 'text', 10), col('状态', 'text', 10)];
  return {
    name: '任务分解',
    columns,
    rows: tasks.map((t) => [t.department, t.planTitle ?? t.plan, t.kind === 'indicator' ? '指标' : '专栏项目', t.item, t.lastYear, t.milestone, taskState[t.state]]),
  };
}

const kindText = { paragraph: '正文', 'box-item': '专栏', indicator: '指标' } as const;

/** 检索结果: the hits in rank order. */
export function searchTable(hits: readonly SearchHit[]): TableFile {
  const columns = [col('名次', 'integer', 6), col('规划', 'text', 30), col('地区', 'text', 16), col('类型', 'text', 8), col('篇章', 'text', 30), col('原文行号', 'integer'), col('段落', 'text', 80), col('相关度', 'number', 8)];
  return {
    name: '检索结果',
    columns,
    rows: hits.map((hit, i) => [i + 1, hit.plan.title, hit.plan.region, kindText[hit.kind], hit.chapter, hit.line, hit.text, hit.score]),
  };
}
