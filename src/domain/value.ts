/** How a printed number relates to what is meant: ≥70 → ge, 6左右 → approx. */
export type Comparator = 'eq' | 'ge' | 'gt' | 'le' | 'lt' | 'approx';

/** One printed cell read as a value (plan-extract/1 `Value`). */
export interface Value {
  /** the cell as printed, ends trimmed */
  readonly raw: string;
  readonly value: number | null;
  readonly comparator: Comparator | null;
  /** a five-year total ([21], 〔13.5〕, 累计) */
  readonly cumulative: boolean;
  /** a yearly growth rate read from a 年均增长 / 年均增速 column (plan-extract/1 `annual`); absent when false */
  readonly annual?: boolean;
  /** the year the value describes when a note dates it (60.6* with 带*的为2019年数据) */
  readonly year: number | null;
  /** qualitative words (建成, 市下达目标), white space removed */
  readonly text: string | null;
}

/** +1 higher is better, −1 lower is better. */
export type Direction = 1 | -1;
