import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, shot } from './browser.ts';
import { visitor } from './attack-client.ts';
import { startRealServer } from './server-process.ts';

const red = 'rgb(185, 28, 28)';

/** A failure is shown as one: the .message.error style, red, and announced (role=alert) — never a grey hint. */
async function assertShownAsError(where: Locator, text: RegExp, seen: string[], what: string) {
  const alert = where.locator('[role=alert]').first();
  await alert.waitFor({ timeout: 60_000 });
  const look = await alert.evaluate((el) => ({ classes: [...el.classList], color: getComputedStyle(el).color, text: el.textContent ?? '' }));
  assert.ok(look.classes.includes('message') && look.classes.includes('error'), `${what}: classes ${look.classes.join(' ')}`);
  assert.equal(look.color, red, `${what}: colour`);
  assert.match(look.text, text, what);
  seen.push(what);
}

async function open(browser: Browser, base: string, hash: string, ready: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage();
  await page.goto(`${base}/#/login`);
  await page.fill('input[name=name]', 'admin');
  await page.fill('input[name=password]', 'plantrack-demo');
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('table.grid');
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  return page;
}

test('every form shows a failure in red as an alert: login, upload, entry, correction, lead department, 专栏 progress, catalogue, users; a failed read on the indicator page too', { timeout: 900_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-errors-'));
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  const seen: string[] = [];
  try {
    const login = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await login.goto(`${server.url}/#/login`);
    await login.fill('input[name=name]', 'admin');
    await login.fill('input[name=password]', 'wrong-password');
    await login.click('form.login button[type=submit]');
    await assertShownAsError(login.locator('form.login'), /用户名或密码不正确/, seen, 'login');

    const admin = await visitor(server.url, 'admin', 'plantrack-demo');
    const plans = (await (await admin.request('GET', '/api/plans')).json()) as Array<{ id: number }>;
    let boxesPlan: number | undefined;
    for (const { id } of plans) if (!boxesPlan && ((await (await admin.request('GET', `/api/plans/${id}/boxes`)).json()) as unknown[]).length) boxesPlan = id;
    assert.ok(boxesPlan, 'a demo plan with 专栏 items');

    const overview = await open(browser, server.url, '#/', 'input[type=file]');
    await overview.setInputFiles('input[type=file]', { name: 'plan.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not a plan') });
    await overview.click('text=上传并预览');
    await assertShownAsError(overview.locator('form:has(input[type=file])'), /\.exe|不支持|扩展名/, seen, 'upload of a wrong file');

    const indicator = await open(browser, server.url, `#/plans/1/indicators/${encodeURIComponent('常住人口城镇化率')}`, 'form#entry');
    await indicator.fill('form#entry input[name=value]', '六十');
    await assertShownAsError(indicator.locator('form#entry'), /不是数值/, seen, 'a value typed wrong');
    const plan = await open(browser, server.url, `#/plans/${boxesPlan}`, '#boxes details.box-group');
    const catalog = await open(browser, server.url, '#/catalog', 'table.grid button');
    const users = await open(browser, server.url, '#/users', 'form#new-user');
    await shot(indicator, 'errors-01-before');

    // the admin's sessions end (另一位管理员 结束登录): every form's next request fails, and must say so in red
    assert.equal((await admin.request('POST', '/api/users', { name: '第二管理员', role: 'admin', password: 'second-pass-1' })).status, 201);
    const second = await visitor(server.url, '第二管理员', 'second-pass-1');
    const adminId = ((await (await second.request('GET', '/api/users')).json()) as Array<{ id: number; name: string }>).find((u) => u.name === 'admin')!.id;
    const ended = (await (await second.request('DELETE', `/api/users/${adminId}/sessions`)).json()) as { ended: number };
    assert.ok(ended.ended >= 5, `the admin's sessions ended (${ended.ended})`);

    await indicator.fill('form#entry input[name=value]', '64.5');
    await indicator.click('form#entry button[type=submit]');
    await assertShownAsError(indicator.locator('form#entry'), /请先登录/, seen, 'entry form');
    const correction = indicator.locator('form:has-text("更正抽取错误")');
    await correction.locator('input[name=value]').fill('70');
    await correction.locator('button[type=submit]').click();
    await assertShownAsError(correction, /请先登录/, seen, 'correction form');
    const department = indicator.locator('form:has(input[name=department])');
    await department.locator('input[name=department]').fill('市统计局');
    await department.locator('button[type=submit]').click();
    await assertShownAsError(department, /请先登录/, seen, 'lead department form');
    await shot(indicator, 'errors-02-indicator');

    const group = plan.locator('#boxes details.box-group').first();
    await group.locator('summary').click();
    await group.locator('button.record').first().click();
    const dialog = plan.locator('dialog.box-dialog');
    await dialog.locator('button[type=submit]').click();
    await assertShownAsError(dialog, /请先登录/, seen, '专栏 progress');

    const catalogRow = catalog.locator('table.grid tbody tr:has(button)').first();
    await catalogRow.locator('button').click();
    await assertShownAsError(catalogRow, /请先登录/, seen, 'catalogue entry');

    await users.fill('input[name=new-name]', '新人');
    await users.fill('input[name=new-password]', 'new-user-pass');
    await users.click('form#new-user button[type=submit]');
    await assertShownAsError(users.locator('#app'), /请先登录/, seen, 'new user on 用户管理');
    await shot(users, 'errors-03-users');

    const broken = await open(browser, server.url, '#/', 'input[type=file]');
    await broken.route('**/api/observations/history**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'unavailable', message: '模拟：数据库暂不可用' }) }));
    await broken.goto(`${server.url}/#/plans/1/indicators/${encodeURIComponent('常住人口城镇化率')}`);
    await broken.waitForSelector('h1');
    await assertShownAsError(broken.locator('#app'), /修订记录：模拟：数据库暂不可用/, seen, 'a part of the indicator page that could not be read');
    console.log(`error style: ${seen.length} failures shown red with role=alert: ${seen.join('、')}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
