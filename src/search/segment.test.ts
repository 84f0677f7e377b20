import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexTerms, indexTermsOfMany, queryTerms, wordTerms, wordTermsOfMany } from './segment.ts';
import { gramInClass, lengthClass, lengthClassTerm } from './length-classes.ts';
import { parseQuery } from './parse-query.ts';
import { highlight } from './highlight.ts';

test('domain words stay whole in queries', () => {
  assert.deepEqual(queryTerms('常住人口城镇化率'), ['常住人口城镇化率']);
  assert.deepEqual(queryTerms('农业转移人口市民化'), ['农业转移人口市民化']);
  assert.deepEqual(queryTerms('户籍制度改革'), ['户籍制度改革']);
});

test('a passage is indexed under its domain words and under their parts', () => {
  const terms = indexTerms('到2025年，常住人口城镇化率达到70%，深化户籍制度改革');
  for (const word of ['常住人口城镇化率', '城镇化率', '城镇化', '户籍制度改革', '户籍', '改革', '2025']) {
    assert.ok(terms.includes(word), `missing ${word} in ${terms.join('/')}`);
  }
  assert.ok(!terms.includes('，'));
});

test('quoted phrases are kept verbatim and also segmented into terms', () => {
  const query = parseQuery('“城市更新” 老旧小区');
  assert.deepEqual(query.phrases, ['城市更新']);
  assert.ok(query.terms.includes('城市更新'));
  assert.ok(query.terms.includes('老旧小区'));
});

test('highlight marks every occurrence, longest word first', () => {
  const spans = highlight('推进户籍制度改革，户籍登记', ['户籍', '户籍制度改革']);
  assert.deepEqual(spans.filter((s) => s.match).map((s) => s.text), ['户籍制度改革', '户籍']);
  assert.equal(spans.map((s) => s.text).join(''), '推进户籍制度改革，户籍登记');
});

test('many passages segmented in one call give the same terms as one at a time', () => {
  const texts = ['常住人口城镇化率达到70%', '', '深化户籍制度改革\n推进农业转移人口市民化', '专栏3-1 公共服务领域重点工程'];
  assert.deepEqual(wordTermsOfMany(texts), texts.map((t) => wordTerms(t.replace(/\n/g, ' '))));
  assert.deepEqual(indexTermsOfMany(texts), texts.map((t) => indexTerms(t.replace(/\n/g, ' '))));
});

test('a passage is indexed under the bigrams of its Chinese text, marked apart from words', async () => {
  const { substringGrams } = await import('./substring-grams.ts');
  assert.deepEqual(substringGrams('老旧小区改造，5G 县'), ['~老旧', '~旧小', '~小区', '~区改', '~改造']);
  const k = lengthClass('推进老旧小区改造'.length);
  const terms = indexTerms('推进老旧小区改造');
  assert.ok(terms.includes(gramInClass('~小区', k)) && !terms.includes('~小区'), 'each bigram within the passage length class');
  assert.equal(terms.at(-1), lengthClassTerm(k));
  assert.ok(!wordTerms('推进老旧小区改造').some((t) => t.startsWith('~')), 'words apart from bigrams');
  assert.deepEqual(parseQuery('老旧小区 5G').needles.map((n) => [n.text, n.grams.length, n.exact]), [['老旧小区', 3, false], ['5g', 0, false]]);
  assert.equal(parseQuery('小区').needles[0].exact, true);
});

test('whole words counted on the runs containing them equal those of the whole passage', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { countWholeWords } = await import('./whole-words.ts');
  const dir = new URL('../../examples/plans/', import.meta.url).pathname;
  const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(dir + f, 'utf8').split(/\r?\n/));
  const words = ['老旧小区', '公共服务', '城镇化', '户籍制度改革', '发展', '5g', '亿元', '城市', '更新', '2025', '服务', '人口'];
  for (const word of words) {
    const texts = lines.filter((l) => l.normalize('NFKC').toLowerCase().includes(word));
    const whole = texts.map((t) => (wordTerms(t).includes(word) ? 1 : 0));
    assert.deepEqual(countWholeWords(texts, [word]), whole, word);
  }
});
