/** What became of a correction of the previous version when a new version is read. */
export type CarriedStatus = 'carried' | 'unmatched';

export const carriedLabels: Readonly<Record<CarriedStatus, string>> = { carried: '已沿用', unmatched: '不再匹配——请核对' };

/** The value columns of an indicator row. */
export const cellFieldLabels = { baseline: '基期值', target: '目标值', actual: '完成值', annualGrowth: '年均增长' } as const;

const fieldLabels: Readonly<Record<string, string>> = {
  ...cellFieldLabels, value: '数值', name: '名称', category: '分组', unit: '单位', attribute: '属性',
  'meta:title': '标题', 'meta:region': '地区', 'meta:period': '规划期', 'meta:baseYear': '基期年',
};

export const correctionFieldLabel = (field: string): string => fieldLabels[field] ?? field;

/** A correction as the person who made it would say it: 常住人口城镇化率 目标值 → ≥74；表1：基期值列与目标值列互换. */
export function describeCorrection(c: { readonly table: string; readonly row: string; readonly field: string; readonly newValue: string }): string {
  switch (c.field) {
    case 'column-role': {
      const [from = '', to = ''] = c.newValue.split('→');
      return `${c.table}：${correctionFieldLabel(from)}列与${correctionFieldLabel(to)}列互换`;
    }
    case 'row:delete': return `删除 ${c.row}`;
    case 'row:merge': return `${c.row} 与下一行 ${c.newValue} 合并`;
    case 'row:split': return `${c.row} 拆为两行：${splitNames(c.newValue)}`;
    case 'row:add': return `补充指标 ${c.row}（${c.table}）`;
    case 'table:reread': return `第 ${c.newValue} 行按指标表重新读取`;
  }
  if (c.field.startsWith('meta:')) return `规划信息 ${correctionFieldLabel(c.field)} → ${c.newValue}`;
  return `${c.row || c.table} ${correctionFieldLabel(c.field)} → ${c.newValue}`;
}

function splitNames(json: string): string {
  try {
    const names: unknown = JSON.parse(json);
    return Array.isArray(names) ? names.join('、') : json;
  } catch {
    return json;
  }
}
