import { z } from '@hono/zod-openapi';

/**
 * The shapes of the API's success responses, one schema per answer. The OpenAPI document is built
 * from them, the handlers are type-checked against them, and the web app takes its response types
 * from here (api-types.ts) instead of re-declaring them.
 */

const UploadRowSchema = z.object({
  row: z.number().int().openapi({ description: '文件中的行号（含表头）' }),
  region: z.string().nullable(),
  indicator: z.string().nullable(),
  values: z.array(z.object({ year: z.number().int(), value: z.string() })),
  status: z.enum(['accepted', 'warning', 'refused']).openapi({ description: 'accepted：可导入；warning：异常值，确认后导入；refused：不导入' }),
  reasons: z.array(z.object({ column: z.string(), reason: z.string() })),
});

export const UploadReportSchema = z
  .object({
    file: z.string(),
    stored: z.boolean().openapi({ description: 'false：仅为预览，未存储' }),
    rows: z.array(UploadRowSchema),
    counts: z.object({ accepted: z.number().int(), warning: z.number().int(), refused: z.number().int() }),
    created: z.number().int(), revised: z.number().int(), unchanged: z.number().int(),
    unplanned: z.array(z.object({ region: z.string(), indicator: z.string(), catalogName: z.string().nullable(), rows: z.array(z.number().int()) })),
  })
  .openapi('ObservationsUploadReport');

const int = () => z.number().int();
const year = () => z.number().int();
const statuses = ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'not-achieved', 'no-data', 'not-assessable'] as const;

export const ValueSchema = z
  .object({
    raw: z.string(), value: z.number().nullable(), comparator: z.enum(['eq', 'ge', 'gt', 'le', 'lt', 'approx']).nullable(),
    cumulative: z.boolean(), annual: z.boolean().optional(), year: year().nullable(), text: z.string().nullable(),
  })
  .openapi('Value', { description: '印刷的单元格读成的值（plan-extract/1 Value）' });

export const RegionSchema = z
  .object({ id: int(), name: z.string(), fullName: z.string(), level: z.string().nullable(), parentId: int().nullable() })
  .openapi('Region');

export const WithdrawalSchema = z.object({ at: z.string(), by: z.string(), reason: z.string() }).openapi('Withdrawal');

export const PlanSchema = z
  .object({
    id: int(), title: z.string().nullable(), kind: z.string(), regionId: int().nullable(), region: z.string().nullable(), regionFullName: z.string().nullable(),
    sourceFile: z.string(), sha256: z.string(), version: int(), supersedes: int().nullable(), superseded: z.boolean(),
    periodStart: year().nullable(), periodEnd: year().nullable(), baseYear: year().nullable(), importedAt: z.string(), importedBy: z.string(), indicatorCount: int(),
    state: z.enum(['current', 'superseded', 'draft', 'withdrawn']), review: z.enum(['draft', 'confirmed']),
    reviewNotes: z.array(z.string()), withdrawal: WithdrawalSchema.nullable(),
  })
  .openapi('Plan');

export const SummarySchema = z
  .object({ warnings: int(), ...Object.fromEntries(statuses.map((s) => [s, int().optional()])) as Record<(typeof statuses)[number], z.ZodOptional<z.ZodNumber>> })
  .openapi('StatusCounts');

export const OverviewSchema = z
  .array(z.object({
    plan: PlanSchema, asOf: year().nullable(), summary: SummarySchema.nullable(), error: z.string().nullable().optional(),
    pending: z.boolean().optional().openapi({ description: '待计算：写入后尚待重新计算（计数为上次计算的结果，尚未计算过则为 null）' }),
  }))
  .openapi('Overview');

/** What a withdrawal or restore changed: the record as it now stands, withdrawal marked. */
export const WithdrawnRecordSchema = z.looseObject({ withdrawal: WithdrawalSchema.nullable().optional() }).openapi('WithdrawnRecord');
export const CorrectionListSchema = z
  .array(z.object({
    id: int(), planId: int(), tableCaption: z.string().nullable(), rowName: z.string(), field: z.string(), oldValue: z.string().nullable(), newValue: z.string(),
    reason: z.string().nullable(), correctedBy: z.string(), correctedAt: z.string(), withdrawal: WithdrawalSchema.nullable().optional(),
  }))
  .openapi('Corrections');

const rowId = int().optional().openapi({ description: '所评估指标行的编号（同名的两张表是两个指标）' });
const dated = z.object({ year: year(), value: z.number().nullable() });
export const IndicatorEvaluationSchema = z
  .object({
    id: rowId, name: z.string(), unit: z.string().nullable(), attribute: z.enum(['expected', 'binding']).nullable(), direction: z.union([z.literal(1), z.literal(-1)]),
    form: z.enum(['qualitative', 'growth', 'cumulative', 'maintain', 'level']), baseline: dated.nullable(),
    target: z.object({ year: year(), raw: z.string(), value: z.number().nullable() }).nullable(), latest: dated.nullable(),
    timeProgress: z.number().nullable(), completion: z.number().nullable(), pace: z.number().nullable(), status: z.enum(statuses), label: z.string(),
    forecast: z.object({ value: z.number(), anticipated: z.number().nullable(), outcome: z.enum(['likely', 'at-risk', 'unlikely']), linear: z.number().nullable() }).nullable(),
    warning: z.enum(['red', 'yellow']).nullable(), explanation: z.string(), level: z.number().nullable().optional(),
    annualTarget: z.object({ year: year(), value: z.number(), actual: z.number().nullable(), met: z.boolean().nullable(), source: z.enum(['path', 'plan']) }).nullable().optional(),
    path: z.array(z.object({ year: year(), value: z.number() })).optional(),
  })
  .openapi('IndicatorEvaluation');

export const EvaluationSchema = z
  .object({
    schema: z.literal('evaluation/1'), plan: z.object({ title: z.string().nullable(), region: z.string().nullable() }), asOf: year(),
    phase: z.enum(['annual', 'mid-term', 'final']), method: z.enum(['time-progress', 'cagr-ratio', 'extrapolation']), notices: z.array(z.string()),
    summary: SummarySchema, indicators: z.array(IndicatorEvaluationSchema),
    completion: z.array(z.object({
      id: rowId, table: z.string(), name: z.string(), unit: z.string().nullable(), target: z.object({ raw: z.string(), value: z.number().nullable() }),
      actual: z.object({ raw: z.string(), value: z.number().nullable() }).nullable(), status: z.enum(['achieved', 'not-achieved', 'no-data']), label: z.string(),
    })),
    completionSummary: z.object({ achieved: int(), 'not-achieved': int(), 'no-data': int() }),
  })
  .openapi('Evaluation', { description: 'evaluation/1（见 spec/evaluation.md）' });

const observationValue = {
  value: z.number().nullable(), comparator: z.enum(['eq', 'ge', 'gt', 'le', 'lt', 'approx']).nullable(), milestone: z.string().nullable(), unit: z.string().nullable(),
  note: z.string().nullable(), sourceTitle: z.string().nullable(), sourceUrl: z.string().nullable(), quote: z.string().nullable(), indicatorName: z.string(),
};
export const ObservationSchema = z
  .object({
    ...observationValue, id: int(), regionId: int(), region: z.string(), catalogId: z.string().nullable(), indicatorKey: z.string(), year: year(),
    version: int(), enteredBy: z.string(), enteredAt: z.string(), withdrawal: WithdrawalSchema.nullable().openapi({ description: '撤回：不计入评估，可恢复' }),
  })
  .openapi('Observation');
export const RevisionSchema = z
  .object({ ...observationValue, observationId: int(), version: int(), enteredBy: z.string(), enteredAt: z.string(), replacedBy: z.string(), replacedAt: z.string(), withdrawal: WithdrawalSchema.nullable() })
  .openapi('Revision');
export const ObservationHistorySchema = z.array(z.object({ current: ObservationSchema, revisions: z.array(RevisionSchema) })).openapi('ObservationHistory');
export const RecordedObservationSchema = z
  .object({
    observation: ObservationSchema, previous: ObservationSchema.nullable(), unplanned: z.boolean(), catalogId: z.string().nullable(),
    warnings: z.array(z.looseObject({ message: z.string() })),
  })
  .openapi('RecordedObservation');

export const PlanIndicatorSchema = z
  .object({
    id: int(), planId: int(), table: z.string().nullable(), tableKind: z.string().nullable(), seq: int(), rowNumber: z.union([z.number(), z.string()]).nullable(),
    sourceName: z.string(), name: z.string(), category: z.string().nullable(), unit: z.string().nullable(), attribute: z.string().nullable(), attributeRaw: z.string().nullable(),
    baseline: ValueSchema.nullable(), target: ValueSchema.nullable(), actual: ValueSchema.nullable(), annualGrowth: ValueSchema.nullable(), line: int(), catalogId: z.string().nullable(),
    latest: z.object({ year: year(), value: z.number().nullable(), raw: z.string().nullable(), note: z.string().nullable() }).nullable(),
  })
  .openapi('PlanIndicator');
export const PlanIndicatorsSchema = z.object({ plan: PlanSchema, indicators: z.array(PlanIndicatorSchema) }).openapi('PlanIndicators');

type OutlineNodeShape = { level: number; label: string; title: string; line: number; children: OutlineNodeShape[] };
export const OutlineNodeSchema: z.ZodType<OutlineNodeShape> = z
  .lazy(() => z.object({ level: int(), label: z.string(), title: z.string(), line: int(), children: z.array(OutlineNodeSchema) }))
  .openapi('OutlineNode');

export const CatalogEntrySchema = z
  .object({
    id: z.string(), name: z.string(), synonyms: z.array(z.string()).readonly(), unit: z.string().nullable(), direction: z.union([z.literal(1), z.literal(-1)]),
    kind: z.string(), definition: z.string(), source: z.string(), department: z.string(), frequency: z.string(),
    min: z.number().nullable().optional(), max: z.number().nullable().optional(),
  })
  .openapi('CatalogEntry');

const PlanRef = z.object({ id: int(), title: z.string().nullable(), region: z.string().nullable() });
export const SearchResultSchema = z
  .object({
    query: z.string(), terms: z.array(z.string()), phrases: z.array(z.string()),
    hits: z.array(z.object({
      plan: PlanRef, kind: z.enum(['paragraph', 'box-item', 'indicator']), chapter: z.string(), line: int(), text: z.string(),
      highlighted: z.array(z.object({ text: z.string(), match: z.boolean() })), score: z.number(),
    })),
  })
  .openapi('SearchResult');

export const ComparisonSchema = z
  .object({
    query: z.string(),
    entry: z.object({ id: z.string(), name: z.string(), unit: z.string().nullable(), direction: z.union([z.literal(1), z.literal(-1)]), synonyms: z.array(z.string()).readonly() }).nullable(),
    rows: z.array(z.object({
      plan: z.object({ id: int(), title: z.string().nullable() }), region: z.string().nullable(), printedName: z.string(),
      match: z.enum(['exact', 'normalized', 'synonym', 'same-wording']), unit: z.string().nullable(), attribute: z.string().nullable(),
      baseline: ValueSchema.nullable(), target: ValueSchema.nullable(), latest: dated.nullable(), status: z.enum(statuses).nullable(), label: z.string().nullable(), line: int(),
    })),
  })
  .openapi('IndicatorComparison');

export const TasksSchema = z
  .array(z.object({
    plan: z.string(), planTitle: z.string().nullable(), kind: z.enum(['indicator', 'box-item']), item: z.string(),
    itemId: int().openapi({ description: '指标行或专栏项目的编号' }), department: z.string(),
    lastYear: year().nullable(), milestone: z.string().nullable(), state: z.enum(['stale', 'due', 'current']),
  }))
  .openapi('DepartmentTasks');

export const BoxProgressSchema = z
  .object({
    id: int().optional().openapi({ description: '进展记录编号（撤回、恢复用）' }), plan: z.string(), item: z.string(),
    itemId: int().nullable().openapi({ description: '专栏项目的编号' }), milestone: z.string(), date: z.string(), note: z.string().nullable(),
    evidenceUrl: z.string().nullable(), recordedBy: z.string(), withdrawal: WithdrawalSchema.nullable().optional(),
  })
  .openapi('BoxProgress');
export const BoxItemsSchema = z
  .array(z.object({
    id: int().openapi({ description: '专栏项目的编号（指定牵头单位、记录进展用）' }), key: z.string(), box: z.string(), title: z.string().nullable(),
    text: z.string(), line: int(), department: z.string().nullable(), progress: z.array(BoxProgressSchema), withdrawn: z.array(BoxProgressSchema),
  }))
  .openapi('BoxItems');

export const ImportResultsSchema = z
  .array(z.object({
    file: z.string(), status: z.string(), planId: int().nullable(), title: z.string().nullable(), region: z.string().nullable(), version: int().nullable(),
    indicators: int(), corrections: int(), error: z.string().nullable(), errorCode: z.string().nullable().optional(),
  }))
  .openapi('ImportResults');

export const AuditSchema = z
  .array(z.object({
    id: int(), at: z.string(), by: z.string(), action: z.string(), entity: z.string(), entityId: z.string().nullable(),
    oldValue: z.unknown().openapi({ description: '修改前的值（JSON）' }), newValue: z.unknown().openapi({ description: '修改后的值（JSON）' }),
  }))
  .openapi('AuditLog');

export const CorrectionResultSchema = z
  .object({ plan: PlanSchema, indicator: PlanIndicatorSchema.omit({ latest: true }), field: z.string(), oldValue: z.string().nullable().openapi({ description: '更正前印刷的文字' }), newValue: z.string() })
  .openapi('CorrectionResult');

const CascadePlan = z.object({ id: int(), title: z.string().nullable(), region: z.string().nullable(), period: z.string().nullable() });
export const CascadeSchema = z
  .object({
    child: CascadePlan, parent: CascadePlan, parentNote: z.string().nullable(),
    shared: z.array(z.object({
      name: z.string(), parentName: z.string(), unit: z.string().nullable(), direction: z.union([z.literal(1), z.literal(-1)]),
      parentTarget: ValueSchema.nullable(), childTarget: ValueSchema.nullable(), weaker: z.boolean(), total: z.boolean(), note: z.string().nullable(),
    })),
    missing: z.array(z.object({ name: z.string(), unit: z.string().nullable(), target: ValueSchema.nullable(), line: int() })),
    boxTopics: z.array(z.object({ box: z.string(), topic: z.string(), line: int(), mentioned: z.boolean(), childLine: int().nullable() })),
  })
  .openapi('PlanCascade');

const PlanBrief = z.object({ id: int(), title: z.string().nullable(), region: z.string().nullable(), period: z.string().nullable(), periodStart: year().nullable(), periodEnd: year().nullable() });
const SuccessionSide = z.object({ id: int(), name: z.string(), unit: z.string().nullable(), baseline: ValueSchema.nullable(), target: ValueSchema.nullable() });
const SuccessionRow = z.object({
  key: z.string(), earlier: SuccessionSide.nullable(), later: SuccessionSide.nullable(),
  earlierFinal: z.object({ year: year(), value: z.number().nullable(), raw: z.string() }).nullable(), note: z.string().nullable(),
});
const SuccessionLink = z.object({ earlier: PlanBrief, later: PlanBrief, carried: z.array(SuccessionRow), added: z.array(SuccessionRow), dropped: z.array(SuccessionRow) });
export const SuccessionSchema = z.object({ plan: PlanBrief, previous: SuccessionLink.nullable(), next: SuccessionLink.nullable() }).openapi('PlanSuccession');

export const Role = z.enum(['admin', 'editor', 'viewer']);
const UserSchema = z.object({ id: int(), name: z.string(), role: Role, department: z.string().nullable() }).openapi('User');
export const SessionSchema = z
  .object({ user: UserSchema.nullable(), csrfToken: z.string().nullable(), public: z.boolean(), csrfHeader: z.string() })
  .openapi('Session');
export const GrantSchema = z
  .object({
    id: int(),
    scope: z.enum(['plan', 'region', 'everywhere', 'unresolved']),
    planId: int().nullable(),
    regionId: int().nullable(),
    indicator: z.string().openapi({ description: '空 = 该规划的全部指标' }),
    label: z.string().openapi({ description: '授权时所写的名称' }),
    description: z.string(),
  })
  .openapi('Grant');
export const ManagedUserSchema = z
  .object({ id: int(), name: z.string(), role: Role, department: z.string().nullable(), disabled: z.boolean(), grants: z.array(GrantSchema) })
  .openapi('ManagedUser');
export const PermissionsSchema = z
  .object({
    role: Role.nullable(),
    grants: z.array(z.object({
      id: int(), scope: GrantSchema.shape.scope, planIds: z.array(int()).openapi({ description: '授权的规划及其后续版本' }),
      regionId: int().nullable(), indicator: z.string(),
    })),
  })
  .openapi('Permissions');
export const EndedSessionsSchema = z.object({ ended: int().openapi({ description: '结束的会话数' }) }).openapi('EndedSessions');
export const PlanLinesSchema = z.array(z.object({ line: int(), text: z.string() })).openapi('PlanLines');

/** GET /api/topics: topics × plans (passages, share of the text, quantified targets). */
export const TopicComparisonSchema = z
  .object({
    topics: z.array(z.string()),
    plans: z.array(
      z.object({
        id: z.number(), title: z.string().nullable(), region: z.string().nullable(),
        topics: z.array(
          z.object({
            topic: z.string(), passages: z.number(), share: z.number().openapi({ description: '0–1：该主题段落字数 / 全文段落字数' }),
            targets: z.array(z.object({ name: z.string(), raw: z.string(), line: z.number() })),
          }),
        ),
      }),
    ),
  })
  .openapi('TopicComparison');

const CarriedSchema = z
  .object({
    correctionId: int(), table: z.string(), row: z.string(), field: z.string(), newValue: z.string(),
    status: z.enum(['carried', 'unmatched']).openapi({ description: 'carried 已沿用；unmatched 不再匹配——请核对' }), rowId: z.string().nullable(),
  })
  .openapi('CarriedCorrection');

export const ImportResultSchema = z
  .object({
    file: z.string(), status: z.string(), planId: int().nullable(), title: z.string().nullable(), region: z.string().nullable(), version: int().nullable(),
    indicators: int(), corrections: int(), error: z.string().nullable(), errorCode: z.string().nullable().optional(),
    state: z.enum(['current', 'superseded', 'draft', 'withdrawn']).nullable().optional(), reviewNotes: z.array(z.string()).optional(), carried: z.array(CarriedSchema).optional(),
  })
  .openapi('ImportResult');

const PreviewRowSchema = z
  .object({
    id: z.string().openapi({ description: '预览中的行编号，修改时引用' }), table: z.string(), seq: z.union([z.number(), z.string()]).nullable(), category: z.string().nullable(),
    name: z.string(), sourceName: z.string(), position: int().nullable(), unit: z.string().nullable(), attribute: z.enum(['expected', 'binding']).nullable(), attributeRaw: z.string().optional(),
    baseline: ValueSchema.nullable(), target: ValueSchema.nullable(), actual: ValueSchema.nullable(), annualGrowth: ValueSchema.nullable(), line: z.number(),
  })
  .openapi('PreviewRow');

export const PlanPreviewSchema = z
  .object({
    token: z.string().openapi({ description: '确认或继续修改时带上；一小时内有效' }),
    preview: z.object({
      file: z.string(), format: z.string(), sha256: z.string(), lines: int(),
      plan: z.object({
        title: z.string().nullable(), region: z.string().nullable(), regionLevel: z.string().nullable(), parentRegion: z.string().nullable(), planKind: z.string(),
        period: z.object({ start: year(), end: year() }).nullable(), baseYear: year().nullable(), visionYear: year().nullable(),
        issuer: z.string().nullable(), docNumber: z.string().nullable(), issuedDate: z.string().nullable(),
      }),
      tables: z.array(z.object({ caption: z.string(), kind: z.string(), line: z.number(), rows: int(), confidence: z.number().optional() })),
      rows: z.array(PreviewRowSchema),
      textTargets: z.array(z.object({ indicator: z.string(), year: year().nullable(), target: ValueSchema, line: int(), text: z.string() })),
      boxes: z.array(z.object({ title: z.string(), line: int(), items: int() })),
      issues: z.array(z.object({ code: z.string(), severity: z.enum(['warning', 'error']), message: z.string(), line: int().nullable(), excerpt: z.string().nullable() })),
      reviewNotes: z.array(z.string()),
      previous: z.object({ id: int(), version: int(), title: z.string().nullable(), region: z.string().nullable(), state: z.string(), sameFile: z.boolean() }).nullable(),
      carried: z.array(CarriedSchema), edits: int(),
    }),
  })
  .openapi('PlanPreview');

const DashboardPlanSchema = z.object({
  id: int(), title: z.string().nullable(), region: z.string().nullable(), sourceFile: z.string(), periodStart: year().nullable(), periodEnd: year().nullable(),
});
const StatusCountSchema = z.object({ status: z.enum(statuses), count: int() });
const DashboardWarningSchema = z.object({
  planId: int(), planTitle: z.string(), indicatorId: int().nullable(), indicator: z.string(), warning: z.enum(['red', 'yellow']), status: z.enum(statuses), label: z.string(), explanation: z.string(),
}).openapi('DashboardWarning');
export const DashboardSchema = z
  .object({
    year: year().nullable().openapi({ description: '所有规划共同的评估年；没有数据时为 null' }),
    years: z.array(year()).openapi({ description: '有数据的年份，新的在前' }),
    statuses: z.array(z.enum(statuses)).openapi({ description: '出现的状态，按固定顺序' }),
    rows: z.array(z.object({
      plan: DashboardPlanSchema,
      asOf: year().nullable().openapi({ description: '实际评估年：评估年晚于规划期末时为规划目标年' }),
      phase: z.enum(['annual', 'mid-term', 'final']).nullable(),
      counts: z.array(StatusCountSchema), indicators: int(), covered: int().openapi({ description: '评估年有数值的指标数' }),
      coverage: z.number().nullable().openapi({ description: '0–1：covered / indicators' }), warnings: int(), notices: z.array(z.string()),
      error: z.string().nullable().openapi({ description: '此规划无法评估的原因；其余规划照常' }),
      pending: z.boolean().openapi({ description: '写入后尚待重新计算：显示的是上次计算的结果（尚无时为空）' }),
    })),
    totals: z.array(StatusCountSchema),
    warnings: z.array(DashboardWarningSchema).openapi({ description: '前 50 条预警（红色在前）；其余用 GET /api/dashboard/warnings 分页取' }),
    warningCount: int().openapi({ description: '预警指标总数' }),
  })
  .openapi('Dashboard', { description: '总览：一个评估年下每个规划的状态、数据覆盖率与预警指标' });

export const DashboardWarningsSchema = z
  .object({
    year: year().nullable(), total: int().openapi({ description: '预警指标总数' }), offset: int(),
    warnings: z.array(DashboardWarningSchema).openapi({ description: '从 offset 起的一页，顺序与总览相同' }),
  })
  .openapi('DashboardWarnings', { description: '总览的预警指标，一页' });
