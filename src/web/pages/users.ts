import { api, RequestFailed } from '../api.ts';
import { h, message, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';
import type { ManagedUser, Plan } from '../../server/api-types.ts';

const roles = [['editor', '填报员'], ['viewer', '只读'], ['admin', '管理员']] as const;
const roleLabel = (role: string) => roles.find(([r]) => r === role)?.[1] ?? role;

/** 用户管理 (admins only): accounts, what each editor may write, create, grant, disable, end sessions, reset a password. */
export async function usersPage(ctx: PageContext): Promise<void> {
  if (ctx.session.user?.role !== 'admin') return void mount(h('h1', {}, '用户管理'), message('此页仅限管理员', 'error'));
  const [users, plans] = await Promise.all([api.get<ManagedUser[]>('/api/users'), api.get<Plan[]>('/api/plans')]);
  const status = h('div', { 'aria-live': 'polite' });
  const act = (work: () => Promise<unknown>, done: string) => async () => {
    try {
      await work();
      await usersPage(ctx);
      document.getElementById('users-status')?.replaceChildren(message(done, 'ok'));
    } catch (error) {
      status.replaceChildren(message(error instanceof RequestFailed ? error.message : String(error), 'error'));
    }
  };
  mount(
    h('h1', {}, '用户管理'),
    h('div', { id: 'users-status' }),
    status,
    h('div', { class: 'scroll' }, h('table', { class: 'grid users' },
      h('thead', {}, h('tr', {}, ...['用户', '角色', '单位', '状态', '可修改', '授权', '账号'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...users.map((u) => userRow(u, plans, act))),
    )),
    newUserForm(act),
    h('datalist', { id: 'plan-names' }, ...plans.filter((p) => !p.superseded).map((p) => h('option', { value: String(p.id) }, `${p.regionFullName ?? ''} ${p.title ?? p.sourceFile}`))),
  );
}

type Act = (work: () => Promise<unknown>, done: string) => () => Promise<void>;

function userRow(u: ManagedUser, _plans: readonly Plan[], act: Act): HTMLElement {
  const grants = h('ul', { class: 'grants' }, ...u.grants.map((g) =>
    h('li', {}, g.description, ' ', h('button', { type: 'button', class: 'link', onclick: act(() => api.delete(`/api/users/${u.id}/grants/${g.id}`), `已撤销 ${u.name} 的一项授权`) }, '撤销'))));
  const password = h('input', { type: 'password', minlength: 8, placeholder: '新密码（至少 8 位）', 'aria-label': `${u.name} 的新密码`, autocomplete: 'new-password' });
  return h('tr', { class: u.disabled ? 'disabled' : '' },
    h('td', {}, u.name),
    h('td', {}, roleLabel(u.role)),
    h('td', {}, u.department ?? ''),
    h('td', {}, u.disabled ? '已停用' : '正常'),
    h('td', {}, u.role === 'editor' ? (u.grants.length ? grants : '尚未授权') : u.role === 'admin' ? '全部' : '只读'),
    h('td', {}, u.role === 'editor' ? grantForm(u, act) : null),
    h('td', {},
      h('button', { type: 'button', class: 'small', onclick: act(() => api.patch(`/api/users/${u.id}`, { disabled: !u.disabled }), `已${u.disabled ? '启用' : '停用'} ${u.name}`) }, u.disabled ? '启用' : '停用'),
      h('button', { type: 'button', class: 'small', title: '如电脑遗失：其所有已登录的浏览器须重新登录',
        onclick: act(() => api.delete(`/api/users/${u.id}/sessions`), `已结束 ${u.name} 的全部登录会话`) }, '结束登录'),
      h('form', { class: 'inline', onsubmit: (e: Event) => { e.preventDefault(); void act(() => api.patch(`/api/users/${u.id}`, { password: password.value }), `已重置 ${u.name} 的密码，其登录会话已全部结束`)(); } },
        password, h('button', { type: 'submit', class: 'small' }, '重置密码')),
    ),
  );
}

function grantForm(u: ManagedUser, act: Act): HTMLElement {
  const plan = h('input', { list: 'plan-names', placeholder: '规划：编号、地区或“地区 时期”', 'aria-label': `授权 ${u.name} 的规划` });
  const indicator = h('input', { placeholder: '指标（可空：整个规划）', 'aria-label': `授权 ${u.name} 的指标` });
  const body = () => ({ plan: plan.value.trim() || undefined, indicator: indicator.value.trim() || undefined });
  return h('form', { class: 'inline', onsubmit: (e: Event) => { e.preventDefault(); void act(() => api.post(`/api/users/${u.id}/grants`, body()), `已授权 ${u.name}`)(); } },
    plan, indicator, h('button', { type: 'submit', class: 'small' }, '授权'));
}

function newUserForm(act: Act): HTMLElement {
  const name = h('input', { name: 'new-name', required: true, maxlength: 100, placeholder: '用户名', 'aria-label': '用户名' });
  const role = h('select', { name: 'new-role', 'aria-label': '角色' }, ...roles.map(([value, label]) => h('option', { value }, label)));
  const department = h('input', { name: 'new-department', maxlength: 100, placeholder: '单位（可空）', 'aria-label': '单位' });
  const password = h('input', { name: 'new-password', type: 'password', required: true, minlength: 8, placeholder: '初始密码（至少 8 位）', 'aria-label': '初始密码', autocomplete: 'new-password' });
  const body = () => ({ name: name.value.trim(), role: role.value, password: password.value, department: department.value.trim() || null });
  return h('form', { class: 'card inline', id: 'new-user', onsubmit: (e: Event) => { e.preventDefault(); void act(() => api.post('/api/users', body()), `已创建用户 ${name.value.trim()}`)(); } },
    h('strong', {}, '新建用户'), name, role, department, password, h('button', { type: 'submit' }, '创建'));
}
