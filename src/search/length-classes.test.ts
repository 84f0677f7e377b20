import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gramInAnyClass, gramInClass, lengthClass, lengthClassCount, lengthClassTerm } from './length-classes.ts';
import { substringGrams } from './substring-grams.ts';

test('length classes follow the length, from 0 for the shortest to an open last class', () => {
  const classes = Array.from({ length: 3000 }, (_, chars) => lengthClass(chars));
  assert.deepEqual(classes, [...classes].sort((a, b) => a - b), 'never decreasing');
  assert.equal(lengthClass(1), 0);
  assert.equal(lengthClass(100_000), lengthClassCount - 1);
  assert.equal(new Set(classes).size, lengthClassCount);
});

test('a class term never collides with a bigram', () => {
  const term = lengthClassTerm(3);
  assert.equal(term, '~len3');
  assert.ok(!substringGrams('~len3 长度').includes(term));
});

test('a bigram within a class starts with the bigram in any class, and classes never prefix one another as terms', () => {
  assert.equal(gramInClass('~文化', 12), '~文化/12');
  assert.ok(gramInClass('~文化', 12).startsWith(gramInAnyClass('~文化')));
  assert.notEqual(gramInClass('~文化', 1), gramInClass('~文化', 12));
});
