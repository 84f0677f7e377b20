import { isNoteNumberPlace } from './note-number-place.ts';

/** The parts of mammoth's document model this module reads. */
interface Element {
  readonly type: string;
  readonly value?: string;
  readonly fontSize?: number | null;
  children?: Element[];
}

/** A run this much smaller than the run before it is set apart (superscripts: Word and LibreOffice at 58 %). */
const RAISED_SIZE = 0.85;
const NOTE_NUMBER = /^[[［〔(（]?[0-9]{1,2}[\]］〕)）]?$/;

const textOf = (e: Element): string => (e.type === 'text' ? e.value ?? '' : (e.children ?? []).map(textOf).join(''));

/**
 * A note number raised by position rather than marked superscript (w:position, as LibreOffice saves a
 * web page's <sup>1</sup>): mammoth shows it as plain text, 工业投资1. A run of a note number set
 * smaller than the text it follows, after a word, a closing bracket or a number (see note-number-place.ts), is dropped, like a <sup> one
 * (html-note-marks.ts).
 */
export function dropRaisedNoteNumbers(element: Element): Element {
  if (element.type !== 'paragraph') {
    for (const child of element.children ?? []) dropRaisedNoteNumbers(child);
    return element;
  }
  const runs = element.children ?? [];
  element.children = runs.filter((run, i) => {
    const before = runs[i - 1];
    if (run.type !== 'run' || before?.type !== 'run' || !run.fontSize || !before.fontSize) return true;
    const small = run.fontSize < RAISED_SIZE * before.fontSize;
    return !(small && NOTE_NUMBER.test(textOf(run).trim()) && isNoteNumberPlace(textOf(before).trim(), textOf(run)));
  });
  return element;
}
