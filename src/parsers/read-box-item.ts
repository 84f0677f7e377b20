/** What one line inside a 专栏 is. */
export type BoxLine =
  | { readonly kind: 'item'; readonly title: string | null; readonly text: string }
  | { readonly kind: 'label'; readonly title: string }
  | { readonly kind: 'continue'; readonly text: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'end' };

export interface BoxState {
  /** items are rows of a tab-separated table (名称 ⇥ 内容) */
  tableMode: boolean;
  /** the first item was numbered (1. …, 1、…) */
  numbered: boolean;
  /** every item so far had a title ending in ：, not 。 */
  colonTitles: boolean;
  pendingTitle: string | null;
  /** the first table row may be a header (应用场景 ⇥ 发展方向) */
  header: boolean;
  /** number of the last numbered item (so 6.233国道… after 5. reads as item 6) */
  lastNumber: number;
  /** the last item's text stops mid-sentence (a cell or paragraph cut by a page break) */
  lastOpen: boolean;
}

const numberMark = /^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)])\s*/;
/** ■ ● ◆ … before a bulleted item: a mark like an item number, not part of its title */
const bullet = /^[■□●○◆◇▲△▶►•·★☆※◎]\s*/;
/** a page number printed between the lines of a box (- 12 -, 第 3 页) */
const pageNumber = /^[\s\-—–－]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)[\s\-—–－]*$/;
/** Longest lead phrase taken as an item's title (教育。…, 重大产业项目：…). */
const maxTitle = 30;
/** Prose opens with a policy verb; an item names a project. */
const proseVerb = /^(推动|推进|增强|提升|强化|加快|完善|维护|融入|优化|深化|实施|加强|促进|构建|健全|提高|坚持|落实|打造|培育|保障|扩大|营造|支持|鼓励|引导|规范|统筹|积极|大力|着力|全面|持续|不断|切实|进一步|建立)/;
const projectNoun = /(工程|行动|计划|项目|基地|平台|中心|示范区|园区|试点|专项|建设)$/;

/** Reads one non-blank line of a box, given what the box looked like so far. */
export function readBoxItem(raw: string, state: BoxState, itemCount: number): BoxLine {
  const cells = raw.split('\t').map((c) => c.trim()).filter(Boolean);
  if (!cells.length || !cells.some((c) => /[\p{L}\p{N}]/u.test(c)) || pageNumber.test(raw)) return { kind: 'skip' };
  const leadingTab = raw.startsWith('\t');
  const mark = numberPrefix(cells[0]!, state.lastNumber) ?? bullet.exec(cells[0]!)?.[0] ?? null;
  const numbered = mark !== null;
  if (numbered) cells[0] = cells[0]!.slice(mark.length);
  if (itemCount && state.lastOpen && !numbered && cells.length === 1) return { kind: 'continue', text: cells[0]! };
  if (cells.length >= 2 && !numbered) return tableRow(cells, state);
  if (leadingTab && !numbered && state.tableMode && itemCount) return { kind: 'continue', text: cells.join('') };
  const text = cells.join(' ');
  if (numbered && isLabel(text)) return { kind: 'item', title: null, text };
  if (isLabel(text) && !numbered && (state.tableMode || itemCount === 0)) {
    state.tableMode = true;
    return { kind: 'label', title: text };
  }
  if (itemCount && endsBox(text, numbered, state)) return { kind: 'end' };
  if (itemCount === 0) state.numbered = numbered;
  const digits = mark ? /\d+/.exec(mark) : null;
  if (digits) state.lastNumber = Number(digits[0]);
  return plainItem(text, state);
}

/** The item number printed at the start of a line (1. 2、 （3）), or null; 6.233国道 counts as 6. after a 5. */
function numberPrefix(cell: string, lastNumber: number): string | null {
  const expected = new RegExp(`^${lastNumber + 1}\\s*[.．、]\\s*`).exec(cell);
  if (lastNumber && expected) return expected[0];
  return numberMark.exec(cell)?.[0] ?? null;
}

function tableRow(cells: string[], state: BoxState): BoxLine {
  const wasHeader = state.header;
  state.header = false;
  state.tableMode = true;
  if (wasHeader && cells.every((c) => c.length <= 6 && !/[，。；：、]/.test(c))) return { kind: 'skip' };
  return { kind: 'item', title: cells[0]!.replace(/\s+/g, ''), text: cells.slice(1).join(' ') };
}

function endsBox(text: string, numbered: boolean, state: BoxState): boolean {
  if (state.pendingTitle) return false;
  if (state.tableMode) return true;
  if (state.numbered && !numbered) return true;
  const lead = leadPhrase(text);
  if (!lead) return false;
  if (state.colonTitles && lead.separator === '。') return true;
  return lead.separator === '。' && proseVerb.test(lead.title) && !projectNoun.test(lead.title);
}

function plainItem(text: string, state: BoxState): BoxLine {
  const lead = leadPhrase(text);
  state.header = false;
  if (!lead) {
    state.colonTitles = false;
    return { kind: 'item', title: null, text };
  }
  if (lead.separator === '。') state.colonTitles = false;
  return { kind: 'item', title: lead.title, text: lead.rest };
}

/** 教育。在人口… → 教育 / 在人口…; null when no short phrase leads the line. */
function leadPhrase(text: string): { title: string; separator: string; rest: string } | null {
  const m = /^([^。：:，；]{1,30}?)([。：:])\s*(.*)$/.exec(text);
  if (!m || m[1]!.length > maxTitle || !m[3]) return null;
  return { title: m[1]!.trim(), separator: m[2] === ':' ? '：' : m[2]!, rest: m[3] };
}

/** A short name on a line of its own (产业化) that titles the text after it. */
const isLabel = (text: string) => text.length <= 8 && !/[，。；：:、]/.test(text);

/** True when a long text stops mid-sentence (依托重 ⏎ 点企业…); a short name (海州区) is complete. */
export const isOpen = (text: string) => text.trim().length > 8 && !/[。！？；.!?”」）)]$/.test(text.trim());
