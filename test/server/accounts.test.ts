import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSessionByToken, login, logout, saveUser } from '../../src/services/accounts.ts';
import { changeUser } from '../../src/services/accounts-admin.ts';
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

  test(`${name}: a disabled user cannot log in and loses every session; a reset password ends sessions too`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const admin = await saveUser(db, { name: 'admin', role: 'admin', password: 'secret-pass' });
      const clerk = await saveUser(db, { name: '统计员', role: 'editor', password: 'clerk-pass' });
      const session = await login(db, '统计员', 'clerk-pass');
      await changeUser(db, clerk.id, { disabled: true }, admin);
      assert.equal(await findSessionByToken(db, session.token), undefined);
      await assert.rejects(login(db, '统计员', 'clerk-pass'), /已停用/);
      await assert.rejects(login(db, '统计员', 'wrong-pass'), { code: 'unauthorized' });
      await changeUser(db, clerk.id, { disabled: false }, admin);
      const again = await login(db, '统计员', 'clerk-pass');
      await changeUser(db, clerk.id, { password: 'new-clerk-pass' }, admin);
      assert.equal(await findSessionByToken(db, again.token), undefined);
      await login(db, '统计员', 'new-clerk-pass');
      await assert.rejects(changeUser(db, admin.id, { disabled: true }, admin), /不能停用自己/);
    } finally {
      await db.close();
    }
  });
}
