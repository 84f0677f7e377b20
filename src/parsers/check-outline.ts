import type { DocumentIssue, OutlineNode } from '../domain/index.ts';
import { parseChineseNumber } from './chinese-numbers.ts';

/** 第三章 → 3, （二） → 2, 4. → 4 */
const labelNumber = (label: string): number | null => parseChineseNumber(label.replace(/^第|部分|[篇章节、.（）]/g, ''));

/** Chapters under 篇 are numbered through the whole document (第二篇 opens with 第三章) or afresh in each 篇. */
const isChapterUnderPart = (node: OutlineNode, parent: OutlineNode | null) => /章$/.test(node.label) && parent !== null && /(篇|部分)$/.test(parent.label);

/**
 * Numbering gaps among sibling headings (第八章 followed by its 第二节 with no 第一节): a heading
 * printed without its label, or lost in conversion. Reported, never repaired.
 */
export function checkOutline(outline: OutlineNode[], parent: OutlineNode | null = null, chapters = { last: 0 }): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  let expected = parent ? 1 : null;
  for (const node of outline) {
    const n = labelNumber(node.label);
    const throughParts = isChapterUnderPart(node, parent);
    // a 篇's first chapter may continue the previous 篇's numbering or start again at 1
    if (throughParts && expected === 1 && chapters.last > 0 && n !== null && n > 1) expected = chapters.last + 1;
    if (n !== null && expected !== null && n > expected) {
      const where = parent ? `${parent.label}“${parent.title}”下` : '';
      issues.push({
        code: 'outline-gap', severity: 'warning', line: node.line, excerpt: `${node.label} ${node.title}`,
        message: `第 ${node.line} 行：${where}的“${node.label}”之前缺少编号 ${expected}${n - expected > 1 ? `–${n - 1}` : ''} 的标题；可能是标题漏印编号，请核对原文`,
      });
    }
    if (n !== null) expected = n + 1;
    if (n !== null && throughParts) chapters.last = n;
    issues.push(...checkOutline(node.children, node, chapters));
  }
  return issues;
}
