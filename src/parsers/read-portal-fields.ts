import type { SourceLine } from '../domain/index.ts';
import { foldWidth } from './fold-width.ts';
import { docNumber, frontLines, isIssuer, type IssuingNotice } from './read-issuing-notice.ts';

/**
 * The information table a government portal prints above a document it publishes (索引号, 发布机构,
 * 成文日期, 文号 …), as a page saved or copied from the portal keeps it. Its 发布日期 is the day the page
 * went up, not the document's date, so it is not read.
 */
const fields: Readonly<Record<string, keyof IssuingNotice>> = {
  发布机构: 'issuer', 发文机关: 'issuer', 发文单位: 'issuer', 制发机关: 'issuer',
  成文日期: 'issuedDate', 发文日期: 'issuedDate', 印发日期: 'issuedDate',
  文号: 'docNumber', 发文字号: 'docNumber',
};
// a label printed letter-spaced to the table's width (文　　号), then a colon, then its value up to a wide gap
const field = new RegExp(
  `(?:^|[\\t\\u3000]|\\s{2})(${Object.keys(fields).map((label) => [...label].join('[\\s\\u3000]*')).join('|')})` +
    '[\\s\\u3000]*[：:][\\s\\u3000]*(.+?)(?=[\\t\\u3000]|\\s{2}|$)',
  'g',
);

/** The issuer, 文号 and date a portal's table gives, each only when it reads as one. */
export function readPortalFields(lines: readonly SourceLine[]): Partial<IssuingNotice> {
  const found: { -readonly [K in keyof IssuingNotice]?: string } = {};
  for (const line of lines.slice(0, frontLines)) {
    for (const [, label, value] of line.text.matchAll(field)) {
      const kind = fields[label!.replace(/[\s\u3000]/g, '')]!;
      const read = readValue(kind, value!.trim());
      if (read && !found[kind]) found[kind] = read;
    }
  }
  return found;
}

function readValue(kind: keyof IssuingNotice, value: string): string | null {
  if (kind === 'docNumber') return docNumber.test(foldWidth(value)) ? value.replace(/\s+/g, '') : null;
  if (kind === 'issuer') {
    // bodies issuing together: 国家发展改革委、自然资源部
    const bodies = value.split(/[、，,\s]+/).filter(Boolean);
    return bodies.length && bodies.every(isIssuer) ? bodies.join('、') : null;
  }
  const m = /^((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(foldWidth(value));
  if (!m || Number(m[2]) > 12 || Number(m[3]) > 31) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
