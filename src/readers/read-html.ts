import { decodeWith, detectEncoding, looksLikeText } from './decode-text.ts';
import { htmlToLines, htmlToSource } from './html-lines.ts';
import iconv from 'iconv-lite';

/**
 * HTML bytes → text, in the encoding a BOM or valid UTF-8 shows, else the one its
 * <meta charset> declares, else the detector's guess.
 */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const detected = detectEncoding(bytes);
  if (detected === undefined) return undefined;
  const declared = declaredCharset(bytes);
  const encoding = detected.startsWith('utf-') || !declared ? detected : declared;
  const text = decodeWith(bytes, encoding);
  return looksLikeText(text.slice(0, 65536)) ? { text, encoding } : undefined;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const name = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1].toLowerCase();
  if (!name) return undefined;
  if (name === 'gb2312' || name === 'gbk' || name === 'x-gbk') return 'gb18030';
  return iconv.encodingExists(name) ? name : undefined;
}

/** Whether decoded text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.slice(0, 1024));
}

export { htmlToLines, htmlToSource };
