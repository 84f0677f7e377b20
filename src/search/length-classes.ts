/**
 * Length classes: every passage is indexed under one extra term naming the class of its length, so
 * the index itself can hand out the shortest matches of a very common word (文化, 就业) class by class,
 * instead of every match being read and sorted. Search candidates are the shortest matches (headings,
 * 专栏 titles, indicator rows — what the ranking prefers), so a search walks the classes from the
 * shortest until it has enough.
 *
 * Upper bounds in characters, finer where plan text is dense (headings, table rows, short lines), then
 * growing; the last class is open. Changing them changes the index: raise the index version.
 */
const upperBounds = [
  2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 256, 320, 384, 512,
  768, 1024,
];

/** Number of classes (the last one holds everything longer than the last bound). */
export const lengthClassCount = upperBounds.length + 1;

/** The class of a passage of `chars` characters, 0 for the shortest. */
export function lengthClass(chars: number): number {
  const found = upperBounds.findIndex((bound) => chars <= bound);
  return found < 0 ? upperBounds.length : found;
}

/** The index term of a class; `~` and Latin letters never form a word or a bigram term. */
export const lengthClassTerm = (lengthClassIndex: number): string => `~len${lengthClassIndex}`;

/**
 * A bigram as indexed: with the class of its passage's length (`~文化/3`), so the posting list of a
 * frequent bigram is split by class and a walk from the shortest class reads only the share it needs.
 */
export const gramInClass = (gram: string, lengthClassIndex: number): string => `${gram}/${lengthClassIndex}`;

/** The bigram in any class, as a tsquery prefix (`'~文化/':*`); `/` never occurs in a bigram. */
export const gramInAnyClass = (gram: string): string => `${gram}/`;
