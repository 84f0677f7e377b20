import type { Box, BoxItem, SourceLine } from '../domain/index.ts';
import { findHeadings } from './extract-outline.ts';
import { isOpen, readBoxItem, type BoxLine } from './read-box-item.ts';

const boxTitle = /^\s*[【\[]?\s*专栏\s*[\d０-９]*(?:\s*[-－—.．]\s*[\d０-９]+)?\s*(?:[:：]\s*)?\S/;
const caption = /^\s*(图|表)\s*[\d０-９]+(?:\s*[-－—.．]\s*[\d０-９]+)?(?:\s|[:：])/;
/** Longest box we follow, in lines: a box that never ends is a misread, not a chapter. */
const maxBoxLines = 150;

/**
 * 专栏 boxes with their items. A box ends at the next heading, box, figure or table caption, two blank
 * lines, or the first paragraph of ordinary prose after its items (see read-box-item.ts).
 */
export function extractBoxes(lines: readonly SourceLine[]): Box[] {
  const headings = new Set(findHeadings(lines).map((h) => h.index));
  const boxes: Box[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!isBoxTitle(text)) continue;
    const title = boxName(lines, i);
    const { items, end } = readItems(lines, title.next, headings);
    boxes.push({ title: title.text, line: lines[i]!.line, items });
    i = end - 1;
  }
  return boxes;
}

/** 专栏3 ⏎ 重点工程: a box label alone takes its name from the next non-empty line. */
function boxName(lines: readonly SourceLine[], at: number): { text: string; next: number } {
  const label = unbracket(lines[at]!.text.trim());
  if (!/^专栏\s*[\d０-９]*(?:\s*[-－—.．]\s*[\d０-９]+)?\s*[:：]?$/.test(label)) return { text: label, next: at + 1 };
  let j = at + 1;
  while (j < lines.length && !lines[j]!.text.trim()) j++;
  const name = lines[j]?.text.trim() ?? '';
  return name && name.length <= 40 && !/[。；\t]/.test(name) ? { text: `${label} ${name}`, next: j + 1 } : { text: label, next: at + 1 };
}

/** 【专栏2】生态工程 → 专栏2 生态工程: the brackets frame the label only, whatever follows them. */
const unbracket = (text: string) => text.replace(/^[【\[]\s*(专栏[^】\]]*?)\s*[】\]]\s*/, (_, label: string) => `${label} `).trim();

/** The length test comes first: boxTitle's runs of optional spaces would backtrack over a long line. */
const isBoxTitle = (text: string) => {
  const t = text.trim();
  return t.length <= 60 && boxTitle.test(t) && !/[。；]/.test(t);
};

function readItems(lines: readonly SourceLine[], from: number, headings: Set<number>): { items: BoxItem[]; end: number } {
  const items: BoxItem[] = [];
  const state = { tableMode: false, numbered: false, colonTitles: true, pendingTitle: null as string | null, pendingLine: 0, header: true, lastOpen: false, lastNumber: 0 };
  let blanks = 0;
  let i = from;
  for (; i < lines.length && i < from + maxBoxLines; i++) {
    const text = lines[i]!.text;
    if (headings.has(i) || isBoxTitle(text) || caption.test(text)) break;
    if (!text.trim()) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const read: BoxLine = readBoxItem(text, state, items.length);
    if (read.kind === 'end') break;
    if (read.kind === 'skip') continue;
    if (read.kind === 'label') {
      state.pendingTitle = read.title;
      state.pendingLine = lines[i]!.line;
    }
    else if (read.kind === 'continue' && items.length) {
      const last = items[items.length - 1]!;
      items[items.length - 1] = { ...last, text: last.text + read.text };
      state.lastOpen = isOpen(read.text);
    } else if (read.kind === 'item') {
      const title = read.title ?? state.pendingTitle;
      items.push({ title, text: read.text, line: state.pendingTitle ? state.pendingLine : lines[i]!.line });
      state.pendingTitle = null;
      state.lastOpen = isOpen(read.text);
    }
  }
  return { items, end: i };
}
