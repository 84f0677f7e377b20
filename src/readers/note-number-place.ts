/**
 * What a raised note number (增长¹, 1236.8¹) follows: Chinese text, a closing bracket, %, or a number
 * other than 10. A raised number after a letter (m², km²) or after 10 (10⁴, ×10⁸) is a power. A circled
 * number after a value stays: it is a mark the table's notes explain (60.6①, ①…为2019年数据), as ※ is.
 */
const AFTER_WORDS = /[\u3400-\u9fff）)\]］〕】”%]$/;
const AFTER_NUMBER = /[0-9]$/;
const POWER_BASE = /(?:^|[^0-9.])10$/;
const CIRCLED = /[\u2460-\u2473]/;

/** Whether the raised `mark` after `before` (the text printed before it, trimmed) refers to a footnote. */
export const isNoteNumberPlace = (before: string, mark: string): boolean =>
  AFTER_WORDS.test(before) || (AFTER_NUMBER.test(before) && !POWER_BASE.test(before) && !CIRCLED.test(mark));
