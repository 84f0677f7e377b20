import { AppError, invalidInput, notFound, type Value } from '../domain/index.ts';
import { parseValue } from '../parsers/parse-value.ts';
import {
  editDistance, findIndicatorByKey, findPlanIndicatorsByName, insertCorrection, listCorrections, listPlanIndicators,
  recordAudit, updateIndicator, type Database, type IndicatorPatch, type IndicatorRow, type Sql, type SqlParam,
} from '../storage/index.ts';
import { getPlan } from './plans.ts';
import { linkIndicatorsToCatalog } from './catalog.ts';
import { writeAndRefresh } from './overview-summaries.ts';

export const correctionFields = ['value', 'target', 'baseline', 'actual', 'annualGrowth', 'name', 'category', 'unit', 'attribute'] as const;
export type CorrectionField = (typeof correctionFields)[number];

export interface CorrectionInput {
  /** the indicator's name (as printed or as corrected) */
  readonly row: string;
  readonly field: string;
  readonly value: string;
  readonly by: string;
  readonly reason?: string | null;
  /** part of the table caption, when the name stands in several tables */
  readonly table?: string | null;
}

const cellColumns: Record<string, [json: string, value: string]> = {
  value: ['target', 'target_value'], target: ['target', 'target_value'], baseline: ['baseline', 'baseline_value'],
  actual: ['actual', 'actual_value'], annualGrowth: ['annual_growth', 'annual_growth_value'],
};
const attributes: Record<string, string> = { 预期性: 'expected', 约束性: 'binding', expected: 'expected', binding: 'binding' };

/** The columns a correction sets; throws invalid-input for an unknown field or attribute. */
export function correctionPatch(field: string, value: string): IndicatorPatch {
  const text = value.trim();
  if (field in cellColumns) {
    const [json, number] = cellColumns[field];
    const cell = parseValue(text);
    const patch: Record<string, SqlParam> = { [json]: JSON.stringify(cell), [number]: cell.value };
    if (json === 'target') Object.assign(patch, { target_comparator: cell.comparator, target_cumulative: cell.cumulative });
    return patch;
  }
  if (field === 'attribute') {
    if (!attributes[text]) throw invalidInput(`属性只能是 预期性 或 约束性，而不是 "${text}"`);
    return { attribute: attributes[text] };
  }
  if (field === 'name') {
    if (!text) throw invalidInput('指标名称不能为空');
    return { name: text };
  }
  if (field === 'category' || field === 'unit') return { [field]: text || null };
  throw invalidInput(`无法更正字段 "${field}"：可更正 ${correctionFields.join('、')}`);
}

/** The printed form of a field before the correction, for the audit trail. */
function currentText(indicator: IndicatorRow, field: string): string | null {
  const cells: Record<string, Value | null> = { value: indicator.target, target: indicator.target, baseline: indicator.baseline, actual: indicator.actual, annualGrowth: indicator.annualGrowth };
  if (field in cells) return cells[field]?.raw ?? null;
  return (indicator as unknown as Record<string, string | null>)[field] ?? null;
}

/** Fixes one misread field of a stored indicator; the fix is audited and re-applied on re-import. */
export async function correctIndicator(db: Database, ref: string, input: CorrectionInput) {
  const plan = await getPlan(db, ref);
  const indicator = await findIndicator(db, plan.id, input);
  const patch = correctionPatch(input.field, input.value);
  const oldValue = currentText(indicator, input.field);
  const rowPosition = (await listPlanIndicators(db, plan.id)).filter((i) => i.table === indicator.table && i.seq < indicator.seq).length;
  await writeAndRefresh(db, async (tx) => {
    await updateIndicator(tx, indicator.id, patch);
    await insertCorrection(tx, {
      planId: plan.id, tableCaption: indicator.table ?? '', rowName: indicator.sourceName, rowPosition, field: input.field,
      oldValue, newValue: input.value.trim(), reason: input.reason ?? null, correctedBy: input.by,
    });
    if (input.field === 'name') await linkIndicatorsToCatalog(tx, plan.id);
    await recordAudit(tx, { by: input.by, action: 'correct', entity: 'indicator', entityId: indicator.id, old: { [input.field]: oldValue }, new: { [input.field]: input.value.trim(), reason: input.reason ?? null } });
  });
  const corrected = (await listPlanIndicators(db, plan.id)).find((i) => i.id === indicator.id) ?? indicator;
  return { plan, indicator: corrected, field: input.field, oldValue, newValue: input.value.trim() };
}

async function findIndicator(sql: Sql, planId: number, input: CorrectionInput): Promise<IndicatorRow> {
  const found = (await findPlanIndicatorsByName(sql, planId, input.row)).filter((i) => !input.table || (i.table ?? '').includes(input.table));
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    throw new AppError('invalid-input', `指标 "${input.row}" 出现在多个表中，请用 --table 指定表名的一部分：\n${found.map((i) => `  ${i.table}（第 ${i.line} 行）`).join('\n')}`);
  }
  const names = [...new Set((await listPlanIndicators(sql, planId)).map((i) => i.name))];
  const near = names.sort((a, b) => editDistance(input.row, a) - editDistance(input.row, b)).slice(0, 5);
  throw notFound(`规划中没有名为 "${input.row}" 的指标${near.length ? `。相近的指标：${near.join('、')}` : '（该规划没有存储任何指标）'}`);
}

/** Applies the stored corrections of plan `from` to plan `to` (a new version, or the same plan re-extracted). */
export async function reapplyCorrections(tx: Sql, from: number, to: number): Promise<{ applied: number; skipped: number }> {
  let applied = 0;
  let skipped = 0;
  for (const c of await listCorrections(tx, from)) {
    const indicator = await findIndicatorByKey(tx, to, c.tableCaption, c.rowName);
    if (!indicator) {
      skipped++;
      continue;
    }
    await updateIndicator(tx, indicator.id, correctionPatch(c.field, c.newValue));
    if (from !== to) await insertCorrection(tx, { ...c, planId: to, oldValue: currentText(indicator, c.field) });
    applied++;
  }
  return { applied, skipped };
}
