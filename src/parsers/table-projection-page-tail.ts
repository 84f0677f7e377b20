import type { SourceLine } from '../domain/index.ts';
import { mergeCentredBands, surplusAbove } from './table-centred-bands.ts';
import { guessRole } from './table-header.ts';

/**
 * A row cut by a page break (a bordered table from Word or LibreOffice): the rest of its name stands at
 * the top of the next page, under the header printed again and above that page's first row
 * (劳动年龄人口平均受教育年 | page break | 限 | 中小学教师研究生学历比例 …). A bordered table centres each cell on
 * its row's values line, as many lines above as below; so in a name or unit column the pieces above a
 * page's first row that outnumber those below it belong to the last row of the page before, in order. In
 * another column (a value, 预期 | 性, a group label 创新 | 主体 merged over the rows either side of the break)
 * they are the fewest pieces above the first row without which every row of the page is centred.
 * `before`: the projected lines so far and which of them hold a row's values; `page` likewise, its
 * header at `header`. Lines are TAB-joined cells; `before` is changed in place, and `page` too: its cells,
 * left as printed by the projection, are centred on their rows here (table-centred-bands.ts).
 */
export function carryPageTail(
  before: { lines: SourceLine[]; anchors: readonly boolean[] }, page: { lines: SourceLine[]; anchors: readonly boolean[] },
  header: number,
): void {
  const last = before.anchors.lastIndexOf(true);
  const first = page.anchors.indexOf(true);
  if (first < 0) return;
  const next = page.anchors.indexOf(true, first + 1);
  const cells = page.lines.map((l) => l.text.split('\t'));
  const owner = last < 0 ? [] : before.lines[last].text.split('\t');
  const roles = cells[header].map((h) => guessRole(h) as string);
  const body = cells.map((c, i) => (i <= header ? c.map(() => '') : c));
  let moved = false;
  roles.forEach((role, k) => {
    const above = range(header + 1, first).filter((i) => cells[i][k]);
    const below = range(first + 1, next < 0 ? cells.length : next).filter((i) => cells[i][k]).length;
    // a name or unit wraps below its first row's values or not at all; another cell is centred on its row
    const surplus = last < 0 ? 0 : ['name', 'unit'].includes(role) ? above.length - below : surplusAbove(body, page.anchors, k);
    for (const i of above.slice(0, Math.max(0, surplus))) {
      owner[k] = (owner[k] ?? '') + cells[i][k];
      cells[i][k] = '';
      moved = true;
    }
  });
  mergeCentredBands(body, page.anchors);
  body.forEach((c, i) => i > header && (cells[i] = c));
  if (moved) before.lines[last] = { ...before.lines[last], text: owner.join('\t') };
  page.lines.forEach((l, i) => (page.lines[i] = { ...l, text: cells[i].join('\t') }));
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
