import { invalidInput } from '../domain/index.ts';

/** The cut-offs of the status rules (evaluation.md); the rules themselves are fixed. */
export interface Thresholds {
  /** time-progress: r ≥ ahead → 快于预期 */
  readonly ahead: number;
  /** time-progress: r ≥ onTrack → 基本符合预期 */
  readonly onTrack: number;
  /** approx (左右) targets: |L − T| ≤ approx·|T| counts as met */
  readonly approx: number;
  /** cagr-ratio and extrapolation: R (or A) ≥ this → on-track */
  readonly cagrOnTrack: number;
  /** cagr-ratio: R ≥ this → lagging that needs acceleration, below → limited progress */
  readonly cagrLimited: number;
  /** extrapolation: A < this → regressing */
  readonly extrapolationRegressing: number;
  /** forecast: A ≥ this → at-risk rather than unlikely */
  readonly atRisk: number;
}

export const defaultThresholds: Thresholds = {
  ahead: 1.1,
  onTrack: 0.8,
  approx: 0.02,
  cagrOnTrack: 0.95,
  cagrLimited: 0.6,
  extrapolationRegressing: 0.1,
  atRisk: 0.8,
};

export const thresholdNames = Object.keys(defaultThresholds) as Array<keyof Thresholds>;

/**
 * Checks user-given thresholds (a config file's JSON or flags) and fills the defaults.
 * Throws invalid-input naming the key that is unknown or not a number.
 */
export function normalizeThresholds(input: unknown): Thresholds {
  if (input === undefined || input === null) return defaultThresholds;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw invalidInput('阈值配置应为 JSON 对象，例如 {"ahead": 1.1, "onTrack": 0.8}');
  }
  const result: Record<string, number> = { ...defaultThresholds };
  for (const [key, value] of Object.entries(input)) {
    if (!(key in defaultThresholds)) {
      throw invalidInput(`未知的阈值 "${key}"。可用：${thresholdNames.join(', ')}`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalidInput(`阈值 "${key}" 应为数字，而不是 ${JSON.stringify(value)}`);
    }
    result[key] = value;
  }
  return result as unknown as Thresholds;
}
