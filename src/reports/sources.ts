import { formatNumber } from './format.ts';
import type { JudgedIndicator } from './indicator-rows.ts';
import type { SourceEntry } from './report.ts';

/**
 * Every value the report prints, with where it came from: the plan line of each printed target,
 * then each published value used (up to the as-of year), indicator by indicator.
 */
export function buildSources(judged: readonly JudgedIndicator[], asOf: number): SourceEntry[] {
  return judged.flatMap((j) => [planEntry(j), ...observationEntries(j, asOf)]);
}

function planEntry({ evaluation: e, printed }: JudgedIndicator): SourceEntry {
  const baseline = printed?.baseline?.raw || (e.baseline?.value != null ? formatNumber(e.baseline.value, 4) : '—');
  const target = printed?.target?.raw || e.target?.raw || '—';
  return {
    indicator: e.name,
    what: '规划目标',
    value: `基期值 ${baseline}，目标值 ${target}`,
    title: printed ? `规划文本 ${printed.table}，第${printed.line}行` : '规划文本',
    url: null,
    quote: null,
    note: null,
  };
}

function observationEntries({ evaluation: e, sources }: JudgedIndicator, asOf: number): SourceEntry[] {
  return sources
    .filter((s) => s.year <= asOf)
    .sort((a, b) => a.year - b.year)
    .map((s) => ({
      indicator: e.name,
      what: `${s.year}年监测值`,
      value: s.value !== null ? `${formatNumber(s.value, 4)}${e.unit ?? ''}` : s.milestone ?? '—',
      title: s.title ?? '（未注明来源）',
      url: s.url,
      quote: s.quote,
      note: s.note,
    }));
}
