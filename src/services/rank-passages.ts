import { wholeWordCounter } from '../search/index.ts';
import type { PassageKind, PassageRow } from '../storage/index.ts';

export interface RankedPassage {
  readonly row: PassageRow;
  readonly score: number;
}

const kindWeight: Record<PassageKind, number> = { indicator: 1.3, 'box-item': 1.15, paragraph: 1 };
/** Score added for each part of the query that is a whole word of the passage (not a piece of a longer one). */
const wholeWordBonus = 1.5;

/**
 * The `limit` best candidates: how densely the query occurs in a short passage, raised when a part is a
 * whole word there and when it is in the passage's title (its heading, 专栏 or the plan's title).
 * Whole words need jieba on the passage's runs, the costliest part of the score: candidates are scored
 * first as if every part were a whole word, and segmented best first only while that bound can still
 * reach the list — the same ranking as scoring every candidate.
 */
export function rankPassages(rows: readonly PassageRow[], words: readonly string[], limit: number): RankedPassage[] {
  const wholeWords = wholeWordCounter(words);
  const bounded = rows
    .map((row, at) => ({ row, at, base: baseScore(row, words) }))
    .map((c) => ({ ...c, bound: weighted(c.row, c.base + wholeWordBonus * words.length) }))
    .sort((a, b) => b.bound - a.bound);
  const ranked: Array<RankedPassage & { at: number }> = [];
  for (const { row, at, base, bound } of bounded) {
    if (ranked.length >= limit && bound < ranked[limit - 1].score) break;
    const scored = { row, at, score: weighted(row, base + wholeWordBonus * wholeWords(row.text)) };
    let i = ranked.length;
    while (i > 0 && byScore(scored, ranked[i - 1]) < 0) i--;
    ranked.splice(i, 0, scored);
  }
  return ranked.slice(0, limit).map(({ row, score }) => ({ row, score }));
}

/** Best first; ties by plan and line, then in the order the candidates came (shortest first). */
const byScore = (a: RankedPassage & { at: number }, b: RankedPassage & { at: number }) =>
  b.score - a.score || a.row.planId - b.row.planId || a.row.line - b.row.line || a.at - b.at;

/** The score without the whole-word bonus. */
function baseScore(row: PassageRow, words: readonly string[]): number {
  const text = folded(row.text);
  const occurrences = words.reduce((n, w) => n + count(text, w), 0);
  const inTitle = words.filter((w) => folded(row.outlinePath).includes(w) || folded(row.planTitle ?? '').includes(w)).length;
  const heading = row.kind === 'paragraph' && row.text.length <= 40 && folded(row.outlinePath).includes(text.trim()) ? 1 : 0;
  return occurrences / Math.sqrt(Math.max(20, text.length) / 20) + 0.5 * inTitle + heading;
}

const weighted = (row: PassageRow, score: number) => round(score * kindWeight[row.kind]);
const folded = (s: string) => s.normalize('NFKC').toLowerCase();
const count = (text: string, word: string) => (word ? text.split(word).length - 1 : 0);
const round = (n: number) => Math.round(n * 10000) / 10000;
