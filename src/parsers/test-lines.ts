import type { SourceLine } from '../domain/index.ts';

/** Numbered lines of a small invented document, for tests (split the way readers do). */
export const toLines = (text: string): SourceLine[] =>
  text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t, position: { page: null } }));
