import type { SourceLine } from '../domain/index.ts';
import { readHeading } from './read-heading.ts';

const planWords = /规划|纲要/;
/** How far into a document its printed title may stand (cover, issuing notice). */
const frontLines = 40;

/**
 * The plan title as printed: the first short line naming a 规划/纲要 near the top (joined with the
 * line before or after when the title is printed over two lines); else the plan named in an issuing
 * notice (关于印发…的通知); else the 《…》 the preface says is being drawn up (编制《…》).
 */
export function readTitle(lines: readonly SourceLine[]): { title: string; line: number } | null {
  return printedTitle(lines) ?? noticeTitle(lines) ?? prefaceTitle(lines);
}

function printedTitle(lines: readonly SourceLine[]): { title: string; line: number } | null {
  const front = lines.slice(0, frontLines);
  for (let i = 0; i < front.length; i++) {
    const text = front[i]!.text.trim();
    const before = i > 0 ? front[i - 1]!.text.trim() : '';
    if (isTitleTail(text) && before && isTitleStart(before)) return { title: before + text, line: front[i - 1]!.line };
    if (!isTitleLine(text) || /关于印发|通知$/.test(text)) continue;
    if (before && isTitleStart(before)) return { title: before + text, line: front[i - 1]!.line };
    const after = front[i + 1]?.text.trim() ?? '';
    if (/(规划|纲要)$/.test(text) && periodLine.test(after)) return { title: text + after, line: front[i]!.line };
    const continues = /^[和及暨与]/.test(after) && isTitleLine(after);
    if ((!/(规划|纲要)$/.test(text) || continues) && after && isTitleLine(after)) return { title: text + after, line: front[i]!.line };
    return { title: text, line: front[i]!.line };
  }
  return null;
}

function noticeTitle(lines: readonly SourceLine[]): { title: string; line: number } | null {
  for (const l of lines.slice(0, frontLines)) {
    const m = /关于印发\s*(.+?)\s*的通知/.exec(l.text);
    if (m && planWords.test(m[1]!)) return { title: m[1]!.replace(/^《|》$/g, ''), line: l.line };
  }
  return null;
}

function prefaceTitle(lines: readonly SourceLine[]): { title: string; line: number } | null {
  for (const l of lines.slice(0, frontLines)) {
    for (const m of l.text.matchAll(/(?:编制|制定|编写)《([^》]+)》/g)) {
      if (planWords.test(m[1]!)) return { title: m[1]!, line: l.line };
    }
  }
  return null;
}

/** （2021—2025年） printed under a title: part of it */
const periodLine = /^[（(]\s*\d{4}\s*[-—–~～至到]+\s*\d{4}\s*年?\s*[)）]$/;

/** A short line, no sentence punctuation, naming a plan. */
const isTitleLine = (text: string) => text.length >= 6 && text.length <= 60 && planWords.test(text) && !/[。，；：]/.test(text) && !readHeading(text);

/**
 * The first half of a title printed over two lines: a short line of an area's name and 国民经济…,
 * or one naming the five-year period (南京市江宁区“十四五”教育事业), not an issuer's name.
 */
const isTitleStart = (text: string) =>
  text.length <= 40 && !/[。，；：]/.test(text) && !readHeading(text) &&
  (/(国民经济和社会发展|新型城镇化|“十四五”)$/.test(text) || (/十[三四五]五/.test(text) && !/(政府|委员会|办公室|文件|通知)$/.test(text)));

/** The second half, too short to be a title alone: 发展规划, 专项规划（2021—2025年） */
const isTitleTail = (text: string) => text.length >= 2 && text.length <= 30 && /(规划|纲要)(?:[（(][^）)]*[)）])?$/.test(text) && !/[。，；：]/.test(text);
