import type { Withdrawal, WithdrawableKind } from '../domain/index.ts';
import { api } from './api.ts';
import { h } from './dom.ts';

export interface WithdrawTarget {
  readonly kind: WithdrawableKind;
  readonly id: number;
  readonly withdrawal: Withdrawal | null | undefined;
  /** the user may write this record (server rule on the session's grants) */
  readonly mayWithdraw: boolean;
  readonly isAdmin: boolean;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * 撤回 with a reason for whoever may write the record; for a withdrawn one, who withdrew it and why,
 * and 恢复 for an admin. The page is reloaded after either, so every figure shows the new state.
 */
export function withdrawControl(target: WithdrawTarget): HTMLElement | null {
  const path = `/api/records/${target.kind}/${target.id}`;
  const status = h('span', { class: 'hint', role: 'status' });
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      location.reload();
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  };
  if (target.withdrawal) {
    const w = target.withdrawal;
    const restore = target.isAdmin ? h('button', { type: 'button', class: 'restore', onclick: () => act(() => api.post(`${path}/restore`)) }, '恢复') : null;
    return h('span', { class: 'withdrawn' }, h('span', { class: 'badge' }, '已撤回'), ` ${w.reason}（${w.by} ${when(w.at)}）`, restore, status);
  }
  if (!target.mayWithdraw) return null;
  const reason = h('input', { name: 'reason', placeholder: '撤回原因（必填）', maxlength: 500, required: true });
  const form = h('form', { class: 'withdraw inline', hidden: true }, reason, h('button', { type: 'submit' }, '确认撤回'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) return void (status.textContent = '请填写撤回原因');
    void act(() => api.post(`${path}/withdraw`, { reason: reason.value }));
  });
  const open = h('button', { type: 'button', class: 'withdraw link', onclick: () => { form.hidden = false; reason.focus(); } }, '撤回');
  return h('span', { class: 'withdraw-control' }, open, form, status);
}
