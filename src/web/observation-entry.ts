import { formatObservedValue, parseObservedValue, valueRefusal } from '../domain/index.ts';
import { api, RequestFailed } from './api.ts';
import { h, showFailure, showOutcome } from './dom.ts';
import type { Observation } from '../server/api-types.ts';

/** What a typed value means for an indicator, or why it cannot be stored: the domain's rules, checked as the user types. */
export function checkTypedValue(text: string, indicator: string, unit: string | null): { ok: true; value: string } | { ok: false; message: string } {
  if (!text.trim()) return { ok: false, message: '请填写数值' };
  const parsed = parseObservedValue(text);
  if (!parsed) return { ok: false, message: `“${text.trim()}”不是数值：请填数字（如 66.5、1,050.3、−1.5），可带 ≥ < 或“以上”，或填里程碑词（建成、推进中…）` };
  const refusal = parsed.value === null ? null : valueRefusal({ indicator, unit }, parsed.value);
  return refusal ? { ok: false, message: refusal } : { ok: true, value: text.trim() };
}

/** A stored value of one year, as GET /api/observations lists it. */
export type StoredValue = Pick<Observation, 'year' | 'value' | 'comparator' | 'milestone' | 'version'>;

/** 2023 年已有值 64.2（版本 1），将修订 — shown before saving over a stored value. */
export function revisionNotice(stored: StoredValue | undefined): string {
  if (!stored) return '';
  const shown = formatObservedValue({ value: stored.value, comparator: null, milestone: stored.milestone ?? null });
  return `${stored.year} 年已有值 ${shown}（版本 ${stored.version}），将修订`;
}

export interface ObservationPost {
  readonly region: string;
  readonly indicator: string;
  readonly year: number;
  readonly value: string;
  /** the version replaced: 0 for a new value */
  readonly expected_version: number;
  readonly note?: string;
  readonly source_title?: string;
  readonly source_url?: string;
}

/**
 * Posts a value. A value the server finds unusual (409 unconfirmed) is not saved: its warnings are
 * shown in `status` with a 确认 button that posts it again with confirm. Errors are shown in red.
 */
export async function postObservation(body: ObservationPost, status: HTMLElement, onSaved: () => void, confirm = false): Promise<boolean> {
  try {
    await api.post('/api/observations', confirm ? { ...body, confirm: true } : body);
    showOutcome(status, 'ok', '✓ 已保存');
    onSaved();
    return true;
  } catch (error) {
    if (!(error instanceof RequestFailed)) throw error;
    if (error.body.error !== 'unconfirmed') return showFailure(status, error), false;
    const warnings = (error.body.details as { warnings?: Array<{ message: string }> } | null)?.warnings ?? [];
    const button = h('button', { type: 'button', class: 'small confirm' }, '确认');
    button.addEventListener('click', () => void postObservation(body, status, onSaved, true));
    showOutcome(status, 'error', h('strong', {}, '数值异常，需确认：'), ...warnings.map((w) => h('span', { class: 'warning' }, w.message, ' ')), button);
    return false;
  }
}
