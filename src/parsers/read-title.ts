import type { SourceLine } from '../domain/index.ts';
import { readHeading } from './read-heading.ts';

/** What a document calls itself: plans and outlines, and also 实施方案, 行动计划, 指标体系, 规程, 指南, 技术标准, 工作要点 … */
const documentWordList = '规划|纲要|方案|计划|指标体系|规程|指南|细则|标准|导则|规范|要点';
export const documentWords = new RegExp(documentWordList);
/** 中华人民共和国国家标准, 江苏省地方标准: the class of a standard printed on its cover, not its title */
const standardClass = /(?:国家|行业|地方|团体|企业)标准$/;
/** How far into a document its printed title may stand (cover, issuing notice). */
const frontLines = 40;
/** Lines a printed title may stand on above its last (as covers print them: area, subject, document word). */
const maxLinesAbove = 2;
/** Lines a notice's title (关于印发…的通知) runs on below its first, as red-header notices print it. */
const noticeLinesBelow = 2;

type Title = { title: string; line: number };
type FrontLines = ReadonlyArray<{ line: number; text: string }>;

/**
 * The document title as printed: the first short line naming a plan (or 方案, 指南 …) near the top,
 * joined with the lines printed with it (an area's name above, a tail or （征求意见稿） below); else
 * the document named in an issuing notice (关于印发…的通知); else the 《…》 the preface says is
 * drawn up (编制《…》); else a title that opens the first sentence (…规划是…).
 */
export function readTitle(lines: readonly SourceLine[]): Title | null {
  const front = lines.slice(0, frontLines).map((l) => ({ line: l.line, text: unspaced(l.text.trim()) }));
  return printedTitle(front) ?? noticeTitle(front) ?? prefaceTitle(front) ?? sentenceTitle(front);
}

function printedTitle(front: FrontLines): Title | null {
  for (let i = 0; i < front.length; i++) {
    const text = front[i]!.text;
    const before = front[i - 1]?.text ?? '';
    const tailOnly = isTitleTail(text) && before && isTitleStart(before);
    if (!tailOnly && (!isTitleLine(text) || /关于印发|通知$/.test(text))) continue;
    // up to two lines above: an area's name, then its subject (湖南湘江新区 / “十五五”现代化基础设施体系 / 建设规划)
    let first = tailOnly ? i - 1 : i;
    while (first > 0 && first > i - maxLinesAbove && isTitleStart(front[first - 1]!.text)) first--;
    const title = front.slice(first, i + 1).map((l) => l.text).join('');
    return withBelow(front, i, title, front[first]!.line);
  }
  return null;
}

/** Lines below a title that are part of it: （2021—2025年）, （征求意见稿）, 编制指南（试行）, 和二〇三五年远景目标纲要, 〇三五年远景目标纲要. */
function withBelow(front: FrontLines, at: number, title: string, line: number): Title {
  let joined = title;
  for (let k = at + 1; k < front.length && k <= at + 3; k++) {
    const next = front[k]!.text;
    const ends = documentEnd.test(joined.replace(bracketTail, ''));
    // a title cut mid-word (…规划和二) goes on past the blank line a PDF's wide title spacing prints
    if (!next && !ends) continue;
    const continues = bracketLine.test(next) || (/^[和及暨与]/.test(next) && isTitleLine(next)) ||
      (ends ? isShortTail(next) : isTitleLine(next));
    if (!next || !continues) break;
    joined += next;
  }
  return { title: joined, line };
}

/**
 * 苏 州 市 “十 五 五” 科 技 创 新 规 划: a cover title letter-spaced (pieces of one or two characters,
 * four or more of them) reads without its spaces.
 */
function unspaced(text: string): string {
  const pieces = text.split(/[ \u3000]+/);
  return pieces.length >= 4 && pieces.every((p) => p.length <= 2) && /[\u4e00-\u9fa5]/.test(text) ? pieces.join('') : text;
}

/** 关于印发…的通知, also when the notice's title is printed over two or three lines */
function noticeTitle(front: FrontLines): Title | null {
  for (let i = 0; i < front.length; i++) {
    const l = front[i]!;
    let text = l.text;
    const open = () => /关于印发/.test(text) && !/通知/.test(text);
    for (let k = i + 1; open() && k <= i + noticeLinesBelow; k++) text += front[k]?.text ?? '';
    const m = /关于印发\s*(\S.*?)的通知/.exec(text);
    const name = m?.[1]!.trimEnd();
    if (name && documentWords.test(name)) return { title: name.replace(/^《|》$/g, ''), line: l.line };
  }
  return null;
}

function prefaceTitle(front: FrontLines): Title | null {
  for (const l of front) {
    for (const m of l.text.matchAll(/(?:编制|制定|编写)《([^》]+)》/g)) {
      if (documentWords.test(m[1]!)) return { title: m[1]!, line: l.line };
    }
  }
  return null;
}

/** 盐城市“十二五”服务业发展规划是根据…: a document naming itself at the start of its first sentence. */
function sentenceTitle(front: FrontLines): Title | null {
  const first = front.find((l) => l.text);
  const m = first && openingTitle.exec(first.text);
  return m ? { title: m[1]!, line: first!.line } : null;
}

const openingTitle = new RegExp(`^([^。，；：《》]{4,40}?(?:${documentWordList})(?:[（(][^）)]{1,16}[)）])?)(?:是|为|[（(]以下简称)`);
const documentEnd = new RegExp(`(?:${documentWordList})$`);
/** （2021—2025年）, （试行）, （征求意见稿）, （草案） printed on a line of their own */
const bracketLine = /^[（(][^（）()]{1,16}[)）]$/;
const bracketTail = /(?:[（(][^（）()]{1,16}[)）])+$/;

/** A short line, no sentence punctuation, naming a plan or another kind of document. */
const isTitleLine = (text: string) =>
  text.length >= 6 && text.length <= 60 && documentWords.test(text) && !/[。，；：]/.test(text) && !readHeading(text) &&
  !isBreadcrumb(text) && !standardClass.test(text);

/**
 * 首页 > 政务公开 > 规划计划: a web page's navigation trail above the article, not its title — three or
 * more short Chinese names joined by arrows, or a line opening with 当前位置 (markup such as
 * <b>…</b> in a title is no trail).
 */
const isBreadcrumb = (text: string) => {
  if (/^(?:当前位置|您的位置|您现在的位置)\s*[：:]/.test(text)) return true;
  const steps = text.split(/\s*[>＞›»→]\s*/);
  return steps.length >= 3 && steps.every((step) => /^[\u4e00-\u9fa5“”]{2,16}$/.test(step));
};

/** A second line that completes a title ending in a document word: 编制指南（试行）, 实施细则 */
const isShortTail = (text: string) =>
  text.length <= 16 && documentEnd.test(text.replace(bracketTail, '')) && !/[。，；：]/.test(text);

/**
 * A line printed above the rest of a title: an area's name alone (南京市江宁区), a line ending in
 * 国民经济和社会发展, or one naming the five-year period (南京市江宁区“十四五”教育事业) — not an issuer.
 */
const isTitleStart = (text: string) =>
  text.length <= 40 && !/[。，；：]/.test(text) && !readHeading(text) && !issuerEnd.test(text) &&
  (areaName.test(text) || /(国民经济和社会发展|新型城镇化|“十四五”)$/.test(text) ||
    /十[一二三四五六七八九]五/.test(text) || areaThenSubject.test(text));

/** an area's name alone on its line: 南京市江宁区, 锡林郭勒盟, 中国（湖北）自由贸易试验区武汉片区 */
const areaName = /^(?:[\u4e00-\u9fa5]|[（(][\u4e00-\u9fa5]{2,3}[)）]){2,24}(?:省|自治区|市|区|县|旗|州|盟)$/;
/** an office or body that issues a document, printed on the cover under or over its title */
const issuerEnd = /(政府|委员会|办公室|办公厅|文件|通知|厅|局|委|部|署|院|中心|公司|协会|研究所)$/;
/** 浙江省城市内涝治理: an area's name, then what the document is about (its tail, 实施方案, on the next line) */
const areaThenSubject = /^[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|区|县)[\u4e00-\u9fa5“”]{2,24}$/;

/** The second half, too short to be a title alone: 发展规划, 专项规划（2021—2025年）, 实施方案 */
const isTitleTail = (text: string) =>
  text.length >= 2 && text.length <= 30 && documentEnd.test(text.replace(bracketTail, '')) && !/[。，；：]/.test(text);
