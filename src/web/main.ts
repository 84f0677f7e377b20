import './styles.css';
import './dashboard.css';
import { api, setCsrfToken, RequestFailed } from './api.ts';
import { h, message, mount } from './dom.ts';
import type { Permissions, SessionInfo } from '../server/api-types.ts';
import { usersPage } from './pages/users.ts';
import { loginPage } from './pages/login.ts';
import { overviewPage } from './pages/overview.ts';
import { planPage } from './pages/plan.ts';
import { indicatorPage } from './pages/indicator.ts';
import { readerPage } from './pages/reader.ts';
import { entryPage } from './pages/entry.ts';
import { auditPage } from './pages/audit.ts';
import { catalogPage } from './pages/catalog.ts';
import { tasksPage } from './pages/tasks.ts';
import { searchPage } from './pages/search.ts';
import { comparePage } from './pages/compare.ts';
import { cascadePage } from './pages/cascade.ts';
import { topicsPage } from './pages/topics.ts';
import { excelPage } from './pages/excel.ts';

export interface PageContext {
  readonly session: SessionInfo;
  readonly params: string[];
  readonly query: URLSearchParams;
  refreshSession(): Promise<void>;
}

type Page = (ctx: PageContext) => Promise<void>;

const routes: Array<[RegExp, Page]> = [
  [/^\/login$/, loginPage],
  [/^\/?$/, overviewPage],
  [/^\/plans\/([^/]+)$/, planPage],
  [/^\/plans\/([^/]+)\/indicators\/(.+)$/, indicatorPage],
  [/^\/plans\/([^/]+)\/reader$/, readerPage],
  [/^\/plans\/([^/]+)\/entry$/, entryPage],
  [/^\/plans\/([^/]+)\/excel$/, excelPage],
  [/^\/audit$/, auditPage],
  [/^\/catalog$/, catalogPage],
  [/^\/tasks$/, tasksPage],
  [/^\/search$/, searchPage],
  [/^\/compare$/, comparePage],
  [/^\/cascade$/, cascadePage],
  [/^\/topics$/, topicsPage],
  [/^\/users$/, usersPage],
];

let session: SessionInfo = { user: null, csrfToken: null, public: false };

async function refreshSession() {
  const info = await api.get<SessionInfo>('/api/session');
  const grants = info.user ? (await api.get<Permissions>('/api/permissions')).grants : [];
  session = { ...info, grants };
  setCsrfToken(session.csrfToken);
  renderHeader();
}

function renderHeader() {
  const nav = document.getElementById('nav')!;
  nav.replaceChildren(
    h('a', { href: '#/' }, '总览'),
    h('a', { href: '#/search' }, '检索'),
    h('a', { href: '#/compare' }, '指标比较'),
    h('a', { href: '#/cascade' }, '规划传导'),
    h('a', { href: '#/topics' }, '主题比较'),
    h('a', { href: '#/tasks' }, '任务分解'),
    h('a', { href: '#/catalog' }, '指标目录'),
    h('a', { href: '#/audit' }, '操作留痕'),
    ...(session.user?.role === 'admin' ? [h('a', { href: '#/users' }, '用户管理')] : []),
  );
  const who = document.getElementById('who')!;
  if (session.user) {
    const logout = h('button', { type: 'button', class: 'link', onclick: async () => { await api.post('/api/logout'); await refreshSession(); location.hash = '#/login'; } }, '退出');
    who.replaceChildren(`${session.user.name}（${roleLabel(session.user.role)}）`, logout);
  } else who.replaceChildren(h('a', { href: '#/login' }, '登录'));
}

/** The tab's title from the page's heading, and the menu item the page belongs to marked. */
function showWhere(path: string) {
  const h1 = document.querySelector('#app h1')?.cloneNode(true) as HTMLElement | undefined;
  h1?.querySelectorAll('.badge').forEach((badge) => badge.remove());
  const heading = h1?.textContent?.trim();
  document.title = heading ? `${heading} - PlanTrack 规划监测` : 'PlanTrack 规划监测';
  const section = `#/${path.split('/')[1] ?? ''}`.replace('#/plans', '#/');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    const active = link.getAttribute('href') === section;
    link.classList.toggle('active', active);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

const roleLabel = (role: string) => ({ admin: '管理员', editor: '填报员', viewer: '只读' })[role] ?? role;

async function route() {
  const [path, search = ''] = decodeURI(location.hash.replace(/^#/, '') || '/').split('?');
  const found = routes.map(([re, page]) => [path.match(re), page] as const).find(([m]) => m);
  if (!found) return void mount(message(`没有这个页面：${path}`, 'error'));
  if (!session.user && !session.public && path !== '/login') return void (location.hash = '#/login');
  const [match, page] = found;
  mount(h('p', { class: 'loading' }, '加载中…'));
  try {
    await page({ session, params: match!.slice(1), query: new URLSearchParams(search), refreshSession });
    showWhere(path);
  } catch (error) {
    if (error instanceof RequestFailed && error.status === 401) return void (location.hash = '#/login');
    mount(message(error instanceof Error ? error.message : String(error), 'error'));
  }
}

window.addEventListener('hashchange', () => void route());
void refreshSession().then(route, (error) => mount(message(`无法连接服务器：${(error as Error).message}`, 'error')));
