import { decodeEntities } from './html-entities.ts';
import { isNoteNumberPlace } from './note-number-place.ts';

/** A link to a footnote or endnote (Word's saved HTML: #_ftn2, #_ftnref2; mammoth: #footnote-1, #footnote-ref-1). */
const NOTE_LINK = /<a\b[^>]*\bhref\s*=\s*["']?#(?:_?ftn|_?edn|footnote|endnote)[^>]*>[\s\S]*?<\/a\s*>/gi;
const SUPERSCRIPT = /<sup\b[^>]*>([\s\S]*?)<\/sup\s*>/gi;
/** A note's number as printed raised after a name: 1, [1], 〔1〕, (1), ①. */
const NOTE_NUMBER = /^(?:[[［〔【(（]?\s*[0-9０-９]{1,2}\s*[\]］〕】)）]?|[\u2460-\u2473])$/;
/** How far back to look for the text a superscript follows (tags between them are skipped). */
const LOOK_BACK = 400;

const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

/**
 * Drops note references from a page: links to its footnotes, and a raised note number after a
 * word (研发经费投入增长<sup>1</sup>, 比例（%）<sup>[1]</sup>), which would otherwise be read as part of
 * the name or as its unit. Raised marks such as ※ and △ stay: a note may give them a meaning
 * (带△的为五年累计数), and the table reader reads them. A raised number after m or 10 is a power: it stays;
 * one after another number is a value's note (1236.8<sup>1</sup>).
 */
export function dropNoteReferences(html: string): string {
  if (!/<(?:a|sup)\b/i.test(html)) return html;
  return html.replace(NOTE_LINK, '').replace(SUPERSCRIPT, (whole, inner: string, offset: number, all: string) => {
    if (!NOTE_NUMBER.test(textOf(inner))) return whole;
    const before = all.slice(Math.max(0, offset - LOOK_BACK), offset).replace(/<[^>]*$/, '');
    return isNoteNumberPlace(textOf(before), textOf(inner)) ? '' : whole;
  });
}
