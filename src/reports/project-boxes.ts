import { boxItemKey, type Box } from '../domain/index.ts';
import type { ProjectBox } from './report.ts';

/** The latest progress of one 专栏 item as the monitoring records it (key: boxItemKey). */
export interface BoxItemStatus {
  readonly key: string;
  /** 牵头单位 */
  readonly department: string | null;
  /** the latest milestone word (在建, 建成 …) and its date */
  readonly milestone: string | null;
  readonly date: string | null;
  /** evidence link, else the record's note */
  readonly evidence: string | null;
}

/** One row of a 专栏's progress table. */
export interface ProjectBoxRow {
  readonly item: string;
  readonly department: string | null;
  readonly status: string;
  readonly date: string | null;
  readonly evidence: string | null;
  readonly line: number;
}

export const boxProgressColumns = ['项目', '牵头单位', '进展', '日期', '佐证'] as const;

/** What a row says when nobody has recorded progress yet. */
const noProgress = '未填报';

/** Each 专栏 as a progress table: item, 牵头单位, latest milestone, its date and evidence (not the box's text). */
export function buildProjectBoxes(boxes: readonly Box[], progress: readonly BoxItemStatus[] = []): ProjectBox[] {
  const byKey = new Map(progress.map((p) => [p.key, p]));
  return boxes.map((b) => ({
    title: b.title,
    line: b.line,
    items: b.items.map((i) => (i.title ? `${i.title}：${i.text}` : i.text)),
    rows: b.items.map((i): ProjectBoxRow => {
      const status = byKey.get(boxItemKey(b.title, i.title, i.text));
      return {
        item: i.title ?? itemName(i.text), department: status?.department ?? null, status: status?.milestone ?? noProgress,
        date: status?.date ?? null, evidence: status?.evidence ?? null, line: i.line,
      };
    }),
  }));
}

export const boxRowCells = (r: ProjectBoxRow): string[] => [r.item, r.department ?? '—', r.status, r.date ?? '—', r.evidence ?? '—'];

/** The longest untitled item name printed whole; a longer text is named by its first clause. */
const maxItemName = 30;

/** An untitled item named by its first clause, or cut visibly (…) rather than mid-word without a mark. */
function itemName(text: string): string {
  const clause = /^[^，。；：,;:]+/.exec(text)?.[0] ?? text;
  if (clause.length <= maxItemName) return clause;
  return `${clause.slice(0, maxItemName - 1)}…`;
}

/** The section's first line: how many 专栏 and items, how many have progress recorded. */
export function boxesSummary(boxes: readonly ProjectBox[]): string {
  const rows = boxes.flatMap((b) => b.rows);
  const reported = rows.filter((r) => r.status !== noProgress).length;
  const missing = rows.length - reported;
  const tail = missing ? `，${missing}项未填报${reported ? '' : '（请各牵头单位补报进展）'}` : '';
  return `规划列出${boxes.length}个专栏、${rows.length}个项目，已填报进展${reported}项${tail}。`;
}
