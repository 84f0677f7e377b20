import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayWrite, type Grant, type WriteTarget } from './grant.ts';

const editor = { role: 'editor' };
const plan = (planIds: number[], regionId: number, indicator = ''): Grant => ({ id: 1, scope: 'plan', planIds, regionId, indicator });
const cases: Array<[string, Grant[], WriteTarget, boolean]> = [
  ['a plan grant covers a write to that plan', [plan([3], 30)], { planId: 3, regionId: 30, indicator: '地区生产总值' }, true],
  ['… and to its later version', [plan([3, 7], 30)], { planId: 7, regionId: 30, indicator: '地区生产总值' }, true],
  ['… not to another plan of the same region', [plan([3], 30)], { planId: 4, regionId: 30, indicator: '地区生产总值' }, false],
  ['… and a value of its region', [plan([3], 30)], { regionId: 30, indicator: '地区生产总值' }, true],
  ['… not a value of another region', [plan([3], 30)], { regionId: 10, indicator: '地区生产总值' }, false],
  ['a combined grant covers its indicator in its plan', [plan([1], 10, '常住人口城镇化率')], { planId: 1, regionId: 10, indicator: '常住 人口城镇化率' }, true],
  ['… not another indicator of the plan', [plan([1], 10, '常住人口城镇化率')], { planId: 1, regionId: 10, indicator: '人均预期寿命' }, false],
  ['… not its indicator in another plan', [plan([1], 10, '常住人口城镇化率')], { planId: 2, regionId: 20, indicator: '常住人口城镇化率' }, false],
  ['… not its indicator in another region', [plan([1], 10, '常住人口城镇化率')], { regionId: 20, indicator: '常住人口城镇化率' }, false],
  ['… but shows the plan has something to write', [plan([1], 10, '常住人口城镇化率')], { planId: 1, regionId: 10 }, true],
  ['an indicator grant covers it everywhere', [{ id: 2, scope: 'everywhere', planIds: [], regionId: null, indicator: '森林覆盖率' }], { regionId: 99, indicator: '森林覆盖率' }, true],
  ['a region grant covers the region', [{ id: 3, scope: 'region', planIds: [], regionId: 30, indicator: '' }], { planId: 3, regionId: 30, indicator: 'x' }, true],
  ['an unresolved grant covers nothing', [{ id: 4, scope: 'unresolved', planIds: [], regionId: null, indicator: '' }], { regionId: 30, indicator: 'x' }, false],
  ['no grant, no write', [], { planId: 1, regionId: 10, indicator: 'x' }, false],
];

for (const [name, grants, target, expected] of cases) {
  test(`an editor: ${name}`, () => assert.equal(mayWrite(editor, grants, target), expected));
}

test('admins write everything; viewers and anonymous visitors nothing, whatever the grants', () => {
  const target = { planId: 1, regionId: 10, indicator: 'x' };
  assert.equal(mayWrite({ role: 'admin' }, [], target), true);
  assert.equal(mayWrite({ role: 'viewer' }, [plan([1], 10)], target), false);
  assert.equal(mayWrite(null, [plan([1], 10)], target), false);
});
