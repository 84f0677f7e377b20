import type { CatalogEntry } from '../server/api-types.ts';
import { api } from './api.ts';
import { h, message } from './dom.ts';

/** 指标解释 and 统计口径 from the indicator catalogue; a hint where the indicator is not catalogued. */
export async function catalogCard(catalogId: string | null): Promise<HTMLElement> {
  const section = (...content: Array<Node | null>) => h('section', { class: 'card', id: 'definition' }, h('h2', {}, '指标解释与统计口径'), ...content);
  if (!catalogId) return section(h('p', { class: 'empty' }, '此指标未对应到指标目录，暂无统计口径。管理员可在“指标目录”中补充同义名后重新导入。'));
  const entries = await api.get<CatalogEntry[]>('/api/catalog').catch((error: Error) => error);
  if (entries instanceof Error) return section(message(`无法读取指标目录：${entries.message}`, 'error'));
  const entry = entries.find((e) => e.id === catalogId);
  if (!entry) return section(h('p', { class: 'empty' }, `指标目录中没有条目 ${catalogId}`));
  const fact = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value || '—')];
  return section(
    h(
      'dl',
      { class: 'facts' },
      ...fact('目录名称', entry.name),
      ...fact('统计口径', entry.definition),
      ...fact('数据来源', entry.source),
      ...fact('牵头单位', entry.department),
      ...fact('更新频率', entry.frequency),
      ...fact('方向', entry.direction === 1 ? '越高越好' : '越低越好'),
      ...fact('同义名', entry.synonyms.join('、')),
    ),
  );
}
