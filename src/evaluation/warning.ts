import type { Attribute, ForecastOutcome, ProgressStatus, Warning } from '../domain/index.ts';

/**
 * 预警: flagged when the status is lagging, regressing or (at the final phase) not-achieved, or the
 * forecast is unlikely;
 * red for binding (约束性) indicators, yellow for expected ones and those without an attribute.
 */
export function warningFor(status: ProgressStatus, outcome: ForecastOutcome | null, attribute: Attribute | null): Warning | null {
  const flagged = status === 'lagging' || status === 'regressing' || status === 'not-achieved' || outcome === 'unlikely';
  if (!flagged) return null;
  return attribute === 'binding' ? 'red' : 'yellow';
}
