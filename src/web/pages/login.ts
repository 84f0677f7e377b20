import { api } from '../api.ts';
import { h, message, mount, showFailure } from '../dom.ts';
import type { PageContext } from '../main.ts';

export async function loginPage(ctx: PageContext): Promise<void> {
  const status = h('div');
  const name = h('input', { name: 'name', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    { class: 'card login' },
    h('h1', {}, '登录'),
    h('label', {}, '用户名', name),
    h('label', {}, '密码', password),
    h('button', { type: 'submit' }, '登录'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.post('/api/login', { name: name.value, password: password.value });
      await ctx.refreshSession();
      location.hash = '#/';
    } catch (error) {
      showFailure(status, error);
    }
  });
  mount(form, ctx.session.public ? message('本站为公开只读模式，无需登录即可浏览；录入数据需要登录。') : null);
}
