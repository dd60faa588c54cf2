import {describe, expect, it} from 'vitest';
import {parseQuery, type SearchQuery} from '../../source/search/parse-query.js';
import {queryProblemOf} from '../../source/search/query-problem.js';

function query(text: string): SearchQuery {
	const parsed = parseQuery(text);
	if (!('query' in parsed)) {
		throw new Error(`not a query: ${text}`);
	}

	return parsed.query;
}

const word = (...lemmas: string[]) => ({kind: 'word', lemmas});
const phrase = (...words: unknown[]) => ({kind: 'phrase', phrase: {words, titleOnly: false}});

describe('parseQuery', () => {
	it('makes each word a phrase of one, by its lemmas, all of them wanted', () => {
		const parsed = query('Чипов Nvidia');
		expect(parsed.root).toEqual({kind: 'and', children: [phrase(word('чип')), phrase(word('nvidia'))]});
		expect(parsed.wanted).toHaveLength(2);
		expect(query('стали').root).toEqual(phrase(word('сталь', 'стать')));
	});

	it('keeps a quoted phrase together, with straight or typographic quotes', () => {
		expect(query('"поставки чипов"').root).toEqual(phrase(word('поставка'), word('чип')));
		expect(query('«поставки чипов»').root).toEqual(query('"поставки чипов"').root);
	});

	it('reads a star right after a word as a prefix of its lemma', () => {
		expect(query('рын*').root).toEqual(phrase({kind: 'prefix', prefix: 'рын'}));
	});

	it('turns a hyphenated word into a phrase of its parts', () => {
		expect(query('ИИ-серверы').root).toEqual(phrase(word('ии'), word('сервер')));
	});

	it('reads OR, NOT, -word, parentheses and title:, and wants only what is not excluded', () => {
		const parsed = query('(золото OR нефть) -слиток title:ЦБ');
		expect(parsed.root).toEqual({kind: 'and', children: [
			{kind: 'or', children: [phrase(word('золото')), phrase(word('нефть'))]},
			{kind: 'not', child: phrase(word('слиток'))},
			{kind: 'phrase', phrase: {words: [word('цб')], titleOnly: true}},
		]});
		expect(parsed.wanted.map(wanted => wanted.words)).toEqual([[word('золото')], [word('нефть')], [word('цб')]]);
		// Lowercase "or" is a word; "NOT -x" asks for x.
		expect(query('or').root).toEqual(phrase(word('or')));
		expect(query('чип NOT -nvidia').root).toEqual(query('чип nvidia').root);
	});
});

describe('queryProblemOf', () => {
	it('finds nothing wrong with a good query', () => {
		expect(queryProblemOf('(золото OR "нефть марки") -слиток title:ЦБ рын*')).toBeUndefined();
	});

	it('says where bad syntax is', () => {
		expect(queryProblemOf('"чип nvidia')).toEqual({kind: 'syntax', syntax: {kind: 'unclosed-quote', at: 0}});
		expect(queryProblemOf('золото (нефть')).toEqual({kind: 'syntax', syntax: {kind: 'unclosed-parenthesis', at: 7}});
		expect(queryProblemOf('золото)')).toEqual({kind: 'syntax', syntax: {kind: 'unexpected-parenthesis', at: 6}});
		expect(queryProblemOf('золото OR')).toEqual({kind: 'syntax', syntax: {kind: 'missing-operand', at: 7, operator: 'OR'}});
		expect(queryProblemOf('OR золото')).toEqual({kind: 'syntax', syntax: {kind: 'missing-operand', at: 0, operator: 'OR'}});
		expect(queryProblemOf('золото NOT')).toEqual({kind: 'syntax', syntax: {kind: 'missing-operand', at: 7, operator: 'NOT'}});
		expect(queryProblemOf('золото ()')).toEqual({kind: 'syntax', syntax: {kind: 'missing-operand', at: 7, operator: '()'}});
		expect(queryProblemOf('-золото')).toEqual({kind: 'syntax', syntax: {kind: 'only-excluded', at: 0}});
		expect(queryProblemOf('-золото OR чип')).toEqual({kind: 'syntax', syntax: {kind: 'only-excluded', at: 0}});
	});

	it('reports an empty query and one without words', () => {
		expect(queryProblemOf('  ')).toEqual({kind: 'empty'});
		expect(queryProblemOf('— …')).toEqual({kind: 'no-words'});
	});
});
