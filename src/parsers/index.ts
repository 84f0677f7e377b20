import type { DocumentIssue, PlanExtract, SourceText } from '../domain/index.ts';
import { checkOutline } from './check-outline.ts';
import { extractBoxes } from './extract-boxes.ts';
import { extractMetadata } from './extract-metadata.ts';
import { extractOutline } from './extract-outline.ts';
import { extractTables } from './extract-tables.ts';
import { extractTextTargets } from './extract-text-targets.ts';
import { withRoleCache } from './header-role-cache.ts';

export { parseValue, type CellContext } from './parse-value.ts';
export { extractTables } from './extract-tables.ts';

/** Lines of a plan → plan-extract/1. Pure; never throws on messy text. */
export const extractPlan = (source: SourceText): PlanExtract => withRoleCache(() => readPlan(source));

function readPlan(source: SourceText): PlanExtract {
  const lines = source.lines;
  const plan = extractMetadata(lines);
  const tables = extractTables(lines, source.tables, plan.period?.end ?? null);
  const outline = extractOutline(lines);
  const textTargets = extractTextTargets(lines, { periodEnd: plan.period?.end ?? null, visionYear: plan.visionYear });
  return {
    schema: 'plan-extract/1',
    source: { file: source.file, sha256: source.sha256, chars: countChars(source) },
    plan,
    outline,
    tables: tables.tables,
    indicators: tables.indicators,
    textTargets,
    boxes: extractBoxes(lines),
    issues: [...readerIssues(source), ...tables.issues, ...checkOutline(outline), ...missingParts(source, plan.title, tables.tables.length)],
  };
}

/** Characters (code points) of the decoded text, line breaks counted once each. */
const countChars = (source: SourceText) =>
  source.lines.reduce((n, l) => n + l.text.length - (l.text.match(/[\uD800-\uDBFF]/g)?.length ?? 0), 0) + Math.max(0, source.lines.length - 1);

const readerIssues = (source: SourceText): DocumentIssue[] =>
  source.warnings.map((message) => ({ code: 'reader-warning', severity: 'warning', message, line: null, excerpt: null }));

function missingParts(source: SourceText, title: string | null, tableCount: number): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const warn = (code: string, message: string) => issues.push({ code, severity: 'warning', message, line: null, excerpt: null });
  if (!source.lines.some((l) => l.text.trim())) warn('empty-document', `${source.file}：文件没有可读的文字`);
  else {
    if (!title) warn('no-title', `${source.file}：前 40 行中没有找到标题（含“规划”“纲要”“方案”“指标体系”等的短行）`);
    if (!tableCount) warn('no-indicator-table', `${source.file}：没有找到指标表（以“表…”或“…主要指标”为标题的表格）`);
  }
  return issues;
}
