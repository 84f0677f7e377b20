import type { Migration } from '../migrate.ts';
import { plansMigration } from './001-plans.ts';
import { indicatorCodesMigration } from './010-indicator-codes.ts';
import { planReviewMigration } from './011-plan-review.ts';
import { referenceIdsMigration } from './012-reference-ids.ts';
import { correctionPositionMigration } from './016-correction-position.ts';
import { observationsMigration } from './020-observations.ts';
import { catalogBoundsMigration } from './021-catalog-bounds.ts';
import { observationWithdrawalMigration } from './022-observation-withdrawal.ts';
import { searchMigration } from './040-search.ts';
import { searchOrderMigration } from './041-search-order.ts';
import { searchBigramsMigration } from './042-search-bigrams.ts';
import { searchTermsInlineMigration } from './043-search-terms-inline.ts';
import { searchPendingListMigration } from './044-search-pending-list.ts';
import { searchHeapNarrowMigration } from './045-search-heap-narrow.ts';
import { accountsMigration } from './060-accounts.ts';
import { responsibilitiesMigration } from './061-responsibilities.ts';
import { planSummariesMigration } from './062-plan-summaries.ts';
import { progressWithdrawalMigration } from './069-progress-withdrawal.ts';
import { grantScopesMigration } from './070-grant-scopes.ts';
import { summaryMarksMigration } from './071-summary-marks.ts';
import { precomputedJudgementsMigration } from './072-precomputed-judgements.ts';
import { readIndexesMigration } from './073-read-indexes.ts';
import { storedIndicatorTablesMigration } from './074-stored-indicator-tables.ts';
import { searchFunctionMigration } from './046-search-function.ts';
import { searchPassageOrderMigration } from './047-search-passage-order.ts';

/**
 * Every schema change, in order. Ranges keep parallel work apart:
 * 001–019 plans & indicators, 020–039 observations & catalogue, 040–059 search, 060–079 accounts & audit.
 */
export const migrations: Migration[] = [
  plansMigration,
  indicatorCodesMigration,
  planReviewMigration,
  referenceIdsMigration,
  correctionPositionMigration,
  observationsMigration,
  catalogBoundsMigration,
  observationWithdrawalMigration,
  searchMigration,
  searchOrderMigration,
  searchBigramsMigration,
  searchTermsInlineMigration,
  searchPendingListMigration,
  searchHeapNarrowMigration,
  searchFunctionMigration,
  searchPassageOrderMigration,
  accountsMigration,
  responsibilitiesMigration,
  planSummariesMigration,
  progressWithdrawalMigration,
  grantScopesMigration,
  summaryMarksMigration,
  precomputedJudgementsMigration,
  readIndexesMigration,
  storedIndicatorTablesMigration,
];
