import {describe, expect, it} from 'vitest';
import {foldWord, termsOf, tokenize} from '../../source/search/tokenize.js';

describe('tokenize', () => {
	it('gives each word its offsets, folded form and term', () => {
		const text = 'Чипы без Nvidia';
		expect(tokenize(text)).toEqual([
			{start: 0, end: 4, folded: 'чипы', term: 'чип'},
			{start: 5, end: 8, folded: 'без', term: 'без'},
			{start: 9, end: 15, folded: 'nvidia', term: 'nvidia'},
		]);
	});

	it('splits at hyphens and punctuation, so a compound is a run of words', () => {
		expect(tokenize('ИИ-серверы, $1,1 млрд.').map(token => token.folded)).toEqual(['ии', 'серверы', '1', '1', 'млрд']);
	});

	it('folds case, ё and stress marks', () => {
		expect(foldWord('ЁЛКА')).toBe('елка');
		expect(foldWord('за\u0301мок')).toBe('замок');
		expect(tokenize('Ещё').map(token => token.term)).toEqual(tokenize('еще').map(token => token.term));
	});

	it('keeps offsets into the original text when folding changes the length', () => {
		const text = 'а за\u0301мок';
		const [, castle] = tokenize(text);
		expect(text.slice(castle!.start, castle!.end)).toBe('за\u0301мок');
		expect(castle!.folded).toBe('замок');
	});

	it('finds no words in punctuation, quotes and operators', () => {
		expect(tokenize('"«»" * - + ( ) : ^ ~ — …')).toEqual([]);
	});

	it('gives word forms of one lemma one term', () => {
		expect(new Set(termsOf('чип чипы чипов чипами чипах'))).toEqual(new Set(['чип']));
		expect(new Set(termsOf('лёд льда льдом'))).toEqual(new Set(['лед']));
	});
});
