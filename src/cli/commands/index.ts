import type { Command } from '../command.ts';

/**
 * Every command, loaded only when called so that `extract` never pays for the database.
 * One line per command; the file is named after the command.
 */
export const commands: Record<string, () => Promise<{ command: Command }>> = {
  extract: () => import('./extract.ts'),
  import: () => import('./import.ts'),
  plans: () => import('./plans.ts'),
  show: () => import('./show.ts'),
  correct: () => import('./correct.ts'),
  export: () => import('./export.ts'),
  restore: () => import('./restore.ts'),
  serve: () => import('./serve.ts'),
  user: () => import('./user.ts'),
  evaluate: () => import('./evaluate.ts'),
  report: () => import('./report.ts'),
  search: () => import('./search.ts'),
  compare: () => import('./compare.ts'),
  cascade: () => import('./cascade.ts'),
  topics: () => import('./topics.ts'),
  observe: () => import('./observe.ts'),
  history: () => import('./history.ts'),
  template: () => import('./template.ts'),
  catalog: () => import('./catalog.ts'),
  withdraw: () => import('./withdraw.ts'),
  reinstate: () => import('./reinstate.ts'),
  records: () => import('./records.ts'),
  confirm: () => import('./confirm.ts'),
};
