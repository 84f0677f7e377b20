import { correctionFieldLabel } from './correction-labels.ts';
import { planStateLabels } from './plan-state.ts';

/** The audit trail's words (audit_log action, entity and the fields of its old/new values) in Chinese. */
export const auditActionLabels: Readonly<Record<string, string>> = {
  import: '导入', reimport: '重新导入', confirm: '确认', create: '新建', update: '修改', correct: '更正', observe: '填报',
  revise: '修订', assign: '指定牵头单位', progress: '记录进展', withdraw: '撤回', reinstate: '恢复', 'current-again': '恢复为现行',
  grant: '授权', revoke: '撤销授权', 'revoke-sessions': '强制下线', 'login-failed': '登录失败',
  unmapped: '未能关联到编号',
};

export const auditEntityLabels: Readonly<Record<string, string>> = {
  plan: '规划', indicator: '指标', observation: '监测值', correction: '更正', 'box-item': '专栏项目', 'box-progress': '专栏进展',
  catalog_entry: '指标目录', user: '用户', session: '登录', grant: '授权',
  responsibilities: '牵头单位', box_item_progress: '专栏进展',
};

export const auditFieldLabels: Readonly<Record<string, string>> = {
  year: '年份', value: '数值', region: '地区', indicator: '指标', version: '版本', milestone: '里程碑', note: '说明',
  sourceTitle: '来源', sourceUrl: '来源网址', quote: '原文摘录', unit: '单位', comparator: '比较符', file: '文件', title: '标题',
  review: '核对', sha256: '文件摘要', indicators: '指标数', supersedes: '替代版本', role: '角色', department: '牵头单位',
  reason: '原因', field: '字段', table: '表', row: '行', name: '名称', direction: '方向', synonyms: '同义名', state: '状态',
  date: '日期', evidenceUrl: '佐证', item: '项目', kind: '类别', plan: '规划', by: '操作人', at: '时间', scope: '范围',
  id: '编号', notes: '核对问题', current: '现行版本', password: '密码', sessions: '结束的登录', recordedBy: '记录人',
  enteredBy: '录入人', withdrawal: '撤回', planId: '规划', regionId: '地区', catalogId: '目录条目', target: '目标值',
  baseline: '基期值', category: '类别', attribute: '属性', edit: '修改', rowId: '行', correction: '更正',
  oldValue: '原值', newValue: '新值', period: '规划期', periodStart: '起始年', periodEnd: '目标年',
  itemId: '项目编号', message: '说明',
};

/** Words stored as codes in the old/new values (a plan's state, its review), in Chinese. */
export const auditValueLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  state: planStateLabels,
  review: { draft: '待核对', confirmed: '已确认' },
};

/** A stored code in an old/new value as the audit log shows it. */
export const auditValueLabel = (key: string, value: string): string =>
  key === 'field' ? correctionFieldLabel(value) : (auditValueLabels[key]?.[value] ?? value);
