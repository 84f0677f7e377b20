import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinNegativeValues } from '../../src/cli/main.ts';

test('a negative number after an option that takes a value is that value (--value -1.5), not an unknown option', () => {
  const options = { value: { type: 'string' as const }, confirm: { type: 'boolean' as const } };
  assert.deepEqual(joinNegativeValues(['连云港市', '--value', '-1.5', '--confirm'], options), ['连云港市', '--value=-1.5', '--confirm']);
  assert.deepEqual(joinNegativeValues(['--value', '−5'], options), ['--value=−5']);
  assert.deepEqual(joinNegativeValues(['--confirm', '-5'], options), ['--confirm', '-5'], 'a flag takes no value');
  assert.deepEqual(joinNegativeValues(['--value', '-x'], options), ['--value', '-x'], 'only numbers');
});
