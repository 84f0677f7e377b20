import { parseValue } from './parse-value.ts';
import type { Cell } from './table-lines.ts';

const ATTRIBUTE = /^(?:预期性|约束性)$/;
const CJK = /[\u4e00-\u9fff]/;

/**
 * A PDF's text may drop a row's empty group cell and glue neighbouring cells with a space
 * (高新技术…（%） 77.3 | 99% 99 95% | 下达考核目标 约束性). Finds the row's name, puts the cells before it
 * right before the name column, and splits glued cells after it where both halves read cleanly,
 * until the row fills the header; cells still missing are taken to be the early (baseline) ones. Returns undefined when no name can be told apart.
 */
export function realignShortRow(cells: readonly Cell[], width: number, nameAt: number, attributeLast: boolean, seqAt = -1): Cell[] | undefined {
  const k = findName(cells, nameAt);
  if (k < 0 || k > nameAt) return undefined;
  const needed = width - 1 - nameAt;
  let name = cells[k];
  const tail = [...cells.slice(k + 1)];
  const glued = /^(.*\S)\s+(\S+)$/.exec(name.text);
  if (tail.length < needed && glued && isClean(glued[2]) && parseValue(glued[2]).text === null) {
    name = { ...name, text: glued[1] };
    tail.unshift({ text: glued[2], line: name.line });
  }
  while (tail.length < needed && splitOne(tail));
  if (tail.length > needed) return undefined;
  const blank = (n: number) => Array.from({ length: n }, () => ({ text: '', line: name.line }));
  const before = cells.slice(0, k);
  const lead = [...blank(nameAt - before.length), ...before];
  // a bare row number in front of the name stands in the 序号 column, not in the group column next to the name
  if (before.length === 1 && seqAt >= 0 && seqAt < nameAt && /^\d{1,3}$/.test(before[0].text.trim())) {
    lead.fill(blank(1)[0]);
    lead[seqAt] = before[0];
  }
  return [...lead, name, ...fillTail(tail, needed, attributeLast)];
}

/** A dropped empty cell is taken to be an early one (the baseline): values keep to the right, 属性 last. */
function fillTail(tail: readonly Cell[], needed: number, attributeLast: boolean): Cell[] {
  const line = tail[0]?.line ?? 0;
  const blanks = (n: number) => Array.from({ length: n }, () => ({ text: '', line }));
  const missing = needed - tail.length;
  if (missing <= 0) return [...tail];
  const endsWithAttribute = tail.length > 0 && ATTRIBUTE.test(tail.at(-1)!.text.replace(/\s/g, ''));
  if (attributeLast && !endsWithAttribute) return [...blanks(missing - 1), ...tail, ...blanks(1)];
  return [...blanks(missing), ...tail];
}

/** The name: the cell after a bare row number, else the longest cell of words that is not a value. */
export function findName(cells: readonly Cell[], nameAt: number): number {
  const words = (c: Cell) => CJK.test(c.text) && !ATTRIBUTE.test(c.text.replace(/\s/g, ''));
  const afterNumber = cells.findIndex((c, i) => i > 0 && i <= nameAt && /^\d+$/.test(cells[i - 1].text.trim()) && words(c));
  if (afterNumber >= 0) return groupBeforeName(cells, afterNumber, nameAt, words) ? afterNumber + 1 : afterNumber;
  let best = -1;
  cells.forEach((c, i) => {
    if (words(c) && (best < 0 || c.text.length > cells[best].text.length)) best = i;
  });
  return best;
}

/**
 * 1 城镇化水平 常住人口城镇化率（%） …: two cells of words after the number, where the header has a column
 * between them, are the group and the name — the name is the longer (a unit after a name is short: 件).
 */
function groupBeforeName(cells: readonly Cell[], at: number, nameAt: number, words: (c: Cell) => boolean): boolean {
  const next = cells[at + 1];
  if (at + 1 > nameAt || !next || !words(next) || isValueWords(next)) return false;
  return [...next.text.trim()].length > [...cells[at].text.trim()].length;
}

/** 建成, 与经济增长同步: words a value column may hold, never a name (a name is longer or has a unit bracket). */
const isValueWords = (c: Cell) => /^(?:建成|完成|实现|达到|保持|稳定|持续|提高|下降|与.*同步|.*以上|.*以内)$/.test(c.text.trim());

/** Splits the first glued cell whose two halves both read cleanly; false when none does. */
function splitOne(tail: Cell[]): boolean {
  for (let i = 0; i < tail.length; i++) {
    const text = tail[i].text;
    for (const space of [...text.matchAll(/\s+/g)].reverse()) {
      const left = text.slice(0, space.index).trim();
      const right = text.slice(space.index + space[0].length).trim();
      if (left && right && isClean(left) && isClean(right)) {
        tail.splice(i, 1, { text: left, line: tail[i].line }, { text: right, line: tail[i].line });
        return true;
      }
    }
  }
  return false;
}

/** A number with nothing else (99% 99, <4%), an attribute, or words without digits (下达考核目标). */
function isClean(text: string): boolean {
  if (ATTRIBUTE.test(text)) return true;
  const value = parseValue(text);
  return value.value !== null ? value.text === null : value.text === null || !/\d/.test(value.text);
}
