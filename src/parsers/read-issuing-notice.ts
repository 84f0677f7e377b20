import type { SourceLine } from '../domain/index.ts';
import { parseChineseNumber, parseChineseYear } from './chinese-numbers.ts';
import { foldWidth } from './fold-width.ts';

export interface IssuingNotice {
  readonly issuer: string | null;
  readonly docNumber: string | null;
  /** ISO date; null when not printed or month only */
  readonly issuedDate: string | null;
}

/** How far the cover and issuing notice reach. */
export const frontLines = 40;
/** How far above a date its signatures stand: two bodies and the blank lines around them. */
const signatureLines = 4;
export const docNumber = /^[\u4e00-\u9fa5]{1,10}[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*号$/;
/** …协会, …学会: the association that publishes a group standard (团体标准) */
const issuerName = /(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管委会|管理委员会|行政公署|协会|学会)$/;
/** a party committee (中共苏州市委), a national body (国家市场监督管理总局, 国家发展改革委), the party centre or State Council */
const committeeOrNational = /^(?:中共[\u4e00-\u9fa5]{2,14}委|国家[\u4e00-\u9fa5]{2,12}(?:局|委)|中共中央|国务院)$/;
/** a department of an area's government: 无锡市交通运输局, 江苏省生态环境厅, 市发展改革委 */
const departmentName = /^[\u4e00-\u9fa5]*[省市县区州旗][\u4e00-\u9fa5]{2,14}(局|厅|委)$/;
/** a ministry: 中华人民共和国自然资源部, 住房和城乡建设部 (not 全部, 东部, 干部 …) */
const ministryName = /^(?:中华人民共和国)?[\u4e00-\u9fa5]{3,14}部$/;
const notMinistry = /(?:[东西南北中内全局干总本]部|俱乐部|指挥部)$/;
export const isIssuer = (text: string) =>
  text.length <= 30 &&
  (issuerName.test(text) || committeeOrNational.test(text) ||
    (departmentName.test(text) && !/(格局|布局|大局|开局)$/.test(text)) ||
    (ministryName.test(text) && !notMinistry.test(text)));
/** A standard's number on its cover: TD/T 1063—2021, GB/T 50137-2011, DB32/T 3830—2020, a group's T/CECS 1108—2022 */
const standardNumber = /^(?:T\/[A-Z]{2,8}|(?:GB|[A-Z]{2,4}(?:\d{2})?)(?:\/[TZ])?)\s*\d+(?:\.\d+)*\s*[-—–－]\s*(?:19|20)\d\d$/;
/** A standard's cover: 2021-06-09发布 (its 实施 date may follow on the same line) */
const releaseDate = /^((?:19|20)\d\d)\s*[-.．/年]\s*(\d{1,2})\s*[-.．/月]\s*(\d{1,2})\s*日?\s*发布/;
/** 中华人民共和国自然资源部  发布: the issuer named with the verb that follows it */
const publisherLine = /^(.{4,30}?)[\s\u3000]*(联合)?发\s*布$/;
/** 联合发布 alone under the bodies that publish a standard together */
const jointlyLine = /^(?:联合)?发\s*布$/;
/** Bodies issuing one document together are printed on consecutive lines (or side by side): joined so. */
const issuerJoin = '、';
const dateLine = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*([\d十一二三四五六七八九]{1,3})\s*月\s*(?:([\d十一二三四五六七八九]{1,3})\s*日)?$/;

/**
 * Issuer, document number (通政办发〔2021〕70号) and date of the notice or cover printed before the
 * plan: only lines standing alone near the top count, never numbers cited in the text.
 */
export function readIssuingNotice(lines: readonly SourceLine[]): IssuingNotice {
  const front = lines.slice(0, frontLines).flatMap((l) => unglue(l.text.trim()));
  const number = front.find((t) => docNumber.test(foldWidth(t)))?.replace(/\s+/g, '') ?? null;
  const standard = front.find((t) => standardNumber.test(t.normalize('NFKC')))?.replace(/\s+/g, ' ') ?? null;
  const dateIndex = front.findIndex((t) => dateLine.test(foldWidth(t)));
  const released = front.map((t) => releaseDate.exec(t.normalize('NFKC'))).find((m) => m);
  const issuer = publishers(front) ?? (dateIndex > 0 ? issuersAbove(front, dateIndex) : null);
  return {
    issuer: issuer ?? (number ?? standard ? null : coverIssuer(front)),
    docNumber: number ?? standard,
    issuedDate: dateIndex >= 0 ? isoDate(foldWidth(front[dateIndex]!)) : released ? ymd(released[1]!, released[2]!, released[3]) : null,
  };
}

/**
 * 南通市人民政府办公室    2021年12月29日 on one line (a PDF or a two-column cover): an issuer, a 文号
 * and a date printed side by side are read as if each stood on its own line.
 */
function unglue(text: string): string[] {
  const own = (part: string) => isIssuer(part) || docNumber.test(foldWidth(part)) || dateLine.test(part);
  // wide gaps first; one space apart (绍兴市人民政府办公室 2026年3月) only when each piece is whole
  for (const gap of [/[\t\u3000]+| {2,}/, /[\s\u3000]+/]) {
    const parts = text.split(gap).filter(Boolean);
    if (parts.length > 1 && parts.every(own)) return parts;
  }
  return [text];
}

/** 中华人民共和国自然资源部  发 布; two bodies above 联合发布, or one above the other's 国家…总局  联合发布 */
function publishers(front: string[]): string | null {
  for (let i = 0; i < front.length; i++) {
    const m = publisherLine.exec(front[i]!);
    const inline = m && isIssuer(m[1]!) ? m[1]! : null;
    if (inline && !m![2]) return inline;
    if (!inline && !jointlyLine.test(front[i]!)) continue;
    const above = issuersAbove(front, i);
    if (above || inline) return [above, inline].filter(Boolean).join(issuerJoin);
  }
  return null;
}

/** The issuers signed just above a line (blank lines between allowed), in printed order; null when none. */
function issuersAbove(front: string[], index: number): string | null {
  const found: string[] = [];
  for (let i = index - 1; i >= Math.max(0, index - signatureLines); i--) {
    if (!front[i]) continue;
    if (!isIssuer(front[i]!)) break;
    found.unshift(front[i]!);
  }
  return found.length ? found.join(issuerJoin) : null;
}

/** A cover printing its issuing body on a line of its own (连云港经济技术开发区管委会). */
function coverIssuer(front: string[]): string | null {
  return front.find((t) => isIssuer(t) && !/[，。：；]/.test(t)) ?? null;
}

function isoDate(text: string): string | null {
  const m = dateLine.exec(text);
  if (!m || !m[3]) return null;
  return ymd(m[1]!, m[2]!, m[3]);
}

function ymd(yearText: string, monthText: string, dayText: string): string | null {
  const year = parseChineseYear(yearText);
  const month = parseChineseNumber(monthText);
  const day = parseChineseNumber(dayText);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
