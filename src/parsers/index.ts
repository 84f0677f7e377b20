import type { PlanExtract, SourceText } from '../domain/index.ts';

/** Lines of a plan → plan-extract/1. Pure; never throws on messy text. */
export function extractPlan(source: SourceText): PlanExtract {
  // placeholder, replaced by the real parsers
  return {
    schema: 'plan-extract/1',
    source: { file: source.file, sha256: source.sha256, chars: source.lines.reduce((n, l) => n + l.text.length + 1, 0) },
    plan: { title: null, region: null, regionLevel: null, parentRegion: null, planKind: 'other', period: null, baseYear: null, visionYear: null, issuer: null, docNumber: null, issuedDate: null },
    outline: [], tables: [], indicators: [], textTargets: [], boxes: [], issues: [],
  };
}
