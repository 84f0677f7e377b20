import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeThresholds, defaultThresholds } from './thresholds.ts';

test('thresholds: defaults, overrides, and a message naming a wrong key', () => {
  assert.deepEqual(normalizeThresholds(undefined), defaultThresholds);
  assert.equal(normalizeThresholds({ onTrack: 0.75 }).onTrack, 0.75);
  assert.throws(() => normalizeThresholds({ ontrack: 0.75 }), /未知的阈值 "ontrack"/);
  assert.throws(() => normalizeThresholds({ ahead: '1.2' }), /阈值 "ahead" 应为数字/);
});
