import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canWrite, findSessionByToken, grantEditor, login, logout, saveUser } from '../../src/services/accounts.ts';
import { hashPassword, verifyPassword } from '../../src/services/accounts-passwords.ts';
import { backends } from './backends.ts';

test('a scrypt hash verifies only its own password and never stores it', async () => {
  const hash = await hashPassword('规划监测2025');
  assert.match(hash, /^scrypt\$16384\$8\$1\$/);
  assert.ok(!hash.includes('规划监测2025'));
  assert.equal(await verifyPassword('规划监测2025', hash), true);
  assert.equal(await verifyPassword('规划监测2024', hash), false);
});

for (const [name, open] of backends) {
  test(`${name}: login opens a session that logout closes; a wrong password is refused`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await saveUser(db, { name: 'admin', role: 'admin', password: 'secret-pass' });
      await assert.rejects(login(db, 'admin', 'wrong-pass'), { code: 'unauthorized' });
      await assert.rejects(login(db, 'nobody', 'secret-pass'), { code: 'unauthorized' });
      const session = await login(db, 'admin', 'secret-pass');
      assert.equal((await findSessionByToken(db, session.token))?.user.name, 'admin');
      assert.equal((await findSessionByToken(db, session.token, new Date(Date.now() + 8 * 86400_000))), undefined);
      await logout(db, session.token);
      assert.equal(await findSessionByToken(db, session.token), undefined);
      await assert.rejects(saveUser(db, { name: 'admin', role: 'viewer', password: 'another-pass' }), { code: 'conflict' });
    } finally {
      await db.close();
    }
  });

  test(`${name}: an editor writes only the plans or indicators granted; a viewer writes nothing`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const editor = await saveUser(db, { name: '统计局', role: 'editor', password: 'secret-pass' });
      const viewer = await saveUser(db, { name: '访客', role: 'viewer', password: 'secret-pass' });
      assert.equal(await canWrite(db, editor, { plan: 'p1', indicator: '常住人口城镇化率' }), false);
      await grantEditor(db, '统计局', { plan: 'p1' });
      await grantEditor(db, '统计局', { indicator: '森林覆盖率' });
      assert.equal(await canWrite(db, editor, { plan: 'p1', indicator: '常住人口城镇化率' }), true);
      assert.equal(await canWrite(db, editor, { plan: 'p2', indicator: '常住人口城镇化率' }), false);
      assert.equal(await canWrite(db, editor, { plan: 'p2', indicator: '森林覆盖率' }), true);
      assert.equal(await canWrite(db, viewer, { plan: 'p1', indicator: '森林覆盖率' }), false);
    } finally {
      await db.close();
    }
  });
}
