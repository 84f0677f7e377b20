import type { Comparator } from './value.ts';

/** A yearly value of an indicator in a region, with where it was published. */
export interface Observation {
  readonly region: string;
  readonly indicator: string;
  readonly year: number;
  /** the number, or null when the value is a milestone word */
  readonly value: number | null;
  /** a comparator printed with the value (<4 → lt); null for a plain number */
  readonly comparator: Comparator | null;
  /** milestone word for qualitative targets (建成, 推进中 …) */
  readonly milestone: string | null;
  readonly unit: string | null;
  /** 预计, 修订, 七普 or free text */
  readonly note: string | null;
  readonly sourceTitle: string | null;
  readonly sourceUrl: string | null;
  readonly quote: string | null;
}
