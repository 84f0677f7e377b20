import type { SourceLine, TextTarget } from '../domain/index.ts';
import { findHeadings } from './extract-outline.ts';
import { foldWidth, printedSlice } from './fold-width.ts';
import { readTargetClauses } from './read-target-clause.ts';

export interface TargetYears {
  /** the plan's last year (2025), the year of its goals section */
  readonly periodEnd: number | null;
  /** the outlook year (2035) */
  readonly visionYear: number | null;
}

/**
 * 发展目标, 主要目标, 远景目标, 定位与目标, 阶段性目标, 2035年目标方向, 展望2035, and any heading ending
 * in 目标 (工作目标, 具体目标 of a 实施方案); not a task such as 碳达峰目标任务
 */
const goalsTitle = /(主要|发展|奋斗|总体|规划|远景|战略|阶段性?|近期|中期)目标|目标方向|[与和及、]目标|^目标|目标(?:要求)?$|展望/;
const outlookTitle = /20\d\d|二〇[一二三四五六七八九〇]{2}|远景|展望/;
/** a paragraph opening with 展望2035年 is an outlook wherever it stands */
const outlookParagraph = /^\s*展望\s*(20\d\d|二〇[一二三四五六七八九〇]{2})\s*年/;
const yearMark = /(?:到|至|展望)\s*(20\d\d|二〇三五)\s*年/g;

/**
 * Quantified targets stated in the goals (发展目标) and 2035-outlook (远景目标) sections, clause by
 * clause. Table rows (tab-separated or one cell a line) and notes are left to the table reader.
 */
export function extractTextTargets(lines: readonly SourceLine[], years: TargetYears): TextTarget[] {
  const vision = years.visionYear ?? 2035;
  const sectionYear = new Map<number, number | null>();
  for (const section of goalSections(lines)) {
    const year = outlookTitle.test(section.title) ? vision : years.periodEnd;
    for (let i = section.start; i < section.end; i++) sectionYear.set(i, year);
  }
  const targets: TextTarget[] = [];
  lines.forEach(({ text, line }, i) => {
    const outlook = text.includes('展望') && outlookParagraph.test(foldWidth(text));
    if (!isProse(text) || (!sectionYear.has(i) && !outlook)) return;
    let year: number | null = outlook ? vision : sectionYear.get(i)!;
    for (const clause of text.split(/[，,；;。！？：:]/)) {
      const folded = foldWidth(clause);
      year = clauseYear(folded, year);
      for (const found of readTargetClauses(folded)) {
        const target = { ...found.target, raw: printedSlice(clause, folded, found.target.raw) };
        targets.push({ indicator: found.indicator, year, target, line, text: clause.trim() });
      }
    }
  });
  return targets;
}

/** Sections whose heading names goals or the outlook; the innermost, when they nest. */
function goalSections(lines: readonly SourceLine[]) {
  const headings = findHeadings(lines);
  const order = ['篇', '章', '节', '一、', '（一）', '1.'];
  const sections: Array<{ title: string; start: number; end: number }> = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    if (!goalsTitle.test(h.title)) continue;
    let next = k + 1;
    while (next < headings.length && order.indexOf(headings[next]!.rank) > order.indexOf(h.rank)) next++;
    sections.push({ title: h.title, start: h.index + 1, end: next < headings.length ? headings[next]!.index : lines.length });
  }
  return sections.filter((s) => !sections.some((o) => o !== s && o.start > s.start && o.start < s.end));
}

function clauseYear(clause: string, current: number | null): number | null {
  let year = current;
  for (const m of clause.matchAll(yearMark)) year = m[1] === '二〇三五' ? 2035 : Number(m[1]);
  return year;
}

/** A prose line: long enough to state a target, not a table row (TAB- or space-aligned), caption or note. */
const isProse = (text: string) =>
  text.trim().length >= 12 && !text.includes('\t') && !/\S[ \u3000]{2,}\S.*\S[ \u3000]{2,}\S/.test(text.trim()) && !/^\s*(注|表|资料来源)/.test(text);
