/**
 * Rounds half away from zero to `digits` decimals. Binary noise is removed first
 * (0.7999999999999999 → 0.8, 1.005 stays 1.005) so that a ratio on a threshold counts as on it.
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const scaled = Math.abs(x) * 10 ** digits;
  const fraction = scaled - Math.floor(scaled);
  // fast path: away from a half, binary noise cannot change the result
  if (Math.abs(fraction - 0.5) > 1e-6 && scaled < 1e15) {
    const rounded = Math.round(scaled) / 10 ** digits;
    return x < 0 && rounded !== 0 ? -rounded : rounded;
  }
  const magnitude = Number(Math.abs(x).toPrecision(15));
  if (magnitude < 1e-6 || magnitude >= 1e15) return magnitude < 1e-6 ? 0 : x;
  const rounded = Number(`${Math.round(Number(`${magnitude}e${digits}`))}e-${digits}`);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The precision of every ratio and number in evaluation/1. */
export const round4 = (x: number): number => roundTo(x, 4);

export const round4OrNull = (x: number | null): number | null => (x === null ? null : round4(x));

/** 0.18396 → "18.4%" (digits 2: "18.40%") */
export const percentText = (ratio: number, digits = 1): string => `${roundTo(ratio * 100, digits).toFixed(digits)}%`;

/** 0.4599 → "0.46" */
export const ratioText = (ratio: number): string => roundTo(ratio, 2).toFixed(2);

/** A number as a person would write it: 65.49449 → "65.4945", 70 → "70". */
export const numberText = (x: number): string => String(round4(x));
