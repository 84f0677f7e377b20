export { evaluatePlan, planYears, targetOf, type EvaluatePlanInput, type ObservationInput, type PlanInput } from './evaluate-plan.ts';
export { evaluateIndicator, type IndicatorInput } from './evaluate-indicator.ts';
export { evaluateCompletionRow, summarizeCompletion, isBlankValue } from './completion-table.ts';
export { classifyForm, isGrowthName, isCumulative } from './classify-form.ts';
export { resolveDirection, type DirectionInput, type ResolvedDirection } from './direction.ts';
export { meets, satisfiesBound, timeProgress, completion } from './measures.ts';
export { projectLevel, projectCumulative, judgeForecast, linearTrend } from './forecast.ts';
export { compoundMeanRate } from './judge-growth.ts';
export { buildAnnualPath, annualTargetFor, cumulativeGrowth } from './annual-path.ts';
export { warningFor } from './warning.ts';
export { statusLabels, completionLabels, labelFor } from './status.ts';
export { defaultThresholds, normalizeThresholds, thresholdNames, type Thresholds } from './thresholds.ts';
export { matchName, matchesRegion, normalizeName, catalogueDirection, type NameMatch } from './indicator-name.ts';
export { convertUnit, isPercentUnit, isPercentTarget } from './units.ts';
export { milestoneStatus, isMilestoneWord } from './judge-qualitative.ts';
export { round4, roundTo } from './round.ts';
export {
  evaluationTables, indicatorRow, finalRow, completionRow, indicatorHeader, finalHeader, completionHeader, summaryLine, warningText,
  type TextTable, type IndicatorTextTable,
} from './evaluation-table.ts';
export { growthRates, isRateValue } from './growth-rates.ts';
export { observesRow } from './row-observations.ts';
export { chooseAsOf, pastTargetNotice, phaseOf, inPlanPeriod, summarize, type PlanYears, type AsOfChoice } from './period.ts';
export {
  assembleDashboard, buildDashboard, dashboardEntry, dashboardYear, entryBeforeBase, entryPastTarget,
  type Dashboard, type DashboardEntry, type DashboardInput, type DashboardPlan, type DashboardRow, type DashboardWarning, type JudgedPlan,
} from './dashboard.ts';
