import { normalizeUnit } from './catalog/convert-unit.ts';
import type { Direction } from './value.ts';

/**
 * When a legal value is unusual enough to be confirmed before it is stored (DHIS2's min-max and
 * outlier checks). Defaults: a level that moves by more than half of last year's value, a percentage
 * that moves by more than 20 points, a value past its target by more than half the target.
 */
export interface OutlierRules {
  /** the largest change against the previous year, as a share of that year's value, taken without asking */
  readonly jumpShare: number;
  /** the same for values in %, in percentage points (a growth rate of 0.5 then 6 is no outlier) */
  readonly jumpPoints: number;
  /** how far past the target (as a share of it) a value may lie without asking */
  readonly beyondTargetShare: number;
}

export const defaultOutlierRules: OutlierRules = { jumpShare: 0.5, jumpPoints: 20, beyondTargetShare: 0.5 };

/** What the value is compared with: the latest earlier year's value and the plans' targets, in the value's unit. */
export interface OutlierContext {
  readonly indicator: string;
  readonly unit: string | null;
  readonly previous?: { readonly year: number; readonly value: number } | null;
  readonly targets?: ReadonlyArray<{ readonly year: number; readonly value: number; readonly direction: Direction }>;
}

export interface ObservationWarning {
  readonly code: 'jump' | 'beyond-target';
  readonly message: string;
}

const shown = (x: number) => String(Number(x.toPrecision(6)));

/** The warnings a value raises (none for an ordinary value); each must be confirmed before the value is stored. */
export function observationWarnings(value: number, context: OutlierContext, rules: OutlierRules = defaultOutlierRules): ObservationWarning[] {
  const warnings: ObservationWarning[] = [];
  const unit = context.unit ? normalizeUnit(context.unit) : '';
  const shownUnit = context.unit ? ` ${context.unit}` : '';
  const previous = context.previous;
  if (previous && unit === '%') {
    const points = Math.abs(value - previous.value);
    if (points > rules.jumpPoints) {
      warnings.push({ code: 'jump', message: `${context.indicator} 由 ${previous.year} 年的 ${shown(previous.value)}% 变为 ${shown(value)}%，变化 ${shown(points)} 个百分点（超过 ${rules.jumpPoints} 个百分点）：请核对数值` });
    }
  } else if (previous && previous.value !== 0) {
    const share = Math.abs(value - previous.value) / Math.abs(previous.value);
    if (share > rules.jumpShare) {
      warnings.push({ code: 'jump', message: `${context.indicator} 由 ${previous.year} 年的 ${shown(previous.value)}${shownUnit} 变为 ${shown(value)}${shownUnit}，变化 ${shown(share * 100)}%（超过 ${shown(rules.jumpShare * 100)}%）：请核对数值和单位` });
    }
  }
  const far = (context.targets ?? []).find((t) => t.value !== 0 && t.direction * (value - t.value) > rules.beyondTargetShare * Math.abs(t.value));
  if (far) {
    warnings.push({ code: 'beyond-target', message: `${context.indicator} ${shown(value)}${shownUnit} 远超 ${far.year} 年目标 ${shown(far.value)}${shownUnit}（超出目标的 ${shown(rules.beyondTargetShare * 100)}% 以上）：请核对数值和单位` });
  }
  return warnings;
}
