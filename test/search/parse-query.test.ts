import {describe, expect, it} from 'vitest';
import {parseQuery, type ParsedQuery, type QueryClause} from '../../source/search/parse-query.js';
import {maxQueryWords, queryProblemOf} from '../../source/search/query-problem.js';

function clauses(parsed: ParsedQuery): QueryClause[] {
	if (!('query' in parsed)) {
		throw new Error(`expected a query, got ${parsed.problem.kind}`);
	}

	return parsed.query.clauses;
}

const word = (stem: string) => ({kind: 'word', stem});
const prefix = (stem: string) => ({kind: 'prefix', stem});

describe('parseQuery', () => {
	it('makes each word a clause, stemmed', () => {
		expect(clauses(parseQuery('Чипами Nvidia'))).toEqual([{words: [word('чип')]}, {words: [word('nvidia')]}]);
	});

	it('keeps a quoted phrase together, with straight or typographic quotes', () => {
		const phrase = [{words: [word('параллельн'), word('импорт')]}];
		expect(clauses(parseQuery('"параллельный импорт"'))).toEqual(phrase);
		expect(clauses(parseQuery('«параллельный импорт»'))).toEqual(phrase);
		expect(clauses(parseQuery('„параллельный импорт“'))).toEqual(phrase);
	});

	it('runs an unclosed quote to the end instead of failing', () => {
		expect(clauses(parseQuery('банк "параллельный импорт'))).toEqual([
			{words: [word('банк')]},
			{words: [word('параллельн'), word('импорт')]},
		]);
	});

	it('reads a star right after a word as a prefix, and stems the prefix', () => {
		expect(clauses(parseQuery('банк* чипами*'))).toEqual([{words: [prefix('банк')]}, {words: [prefix('чип')]}]);
		expect(clauses(parseQuery('"ии сервер*"'))).toEqual([{words: [word('ии'), prefix('сервер')]}]);
	});

	it('treats a lone or leading star as punctuation', () => {
		expect(clauses(parseQuery('* *банк'))).toEqual([{words: [word('банк')]}]);
	});

	it('turns a hyphenated word into a phrase of its parts', () => {
		expect(clauses(parseQuery('ИИ-серверы'))).toEqual([{words: [word('ии'), word('сервер')]}]);
	});

	it('searches operators and syntax characters as text', () => {
		expect(clauses(parseQuery('чип OR NOT nvidia NEAR(a b) title:банк -ставка ^x'))).toEqual(
			['чип', 'or', 'not', 'nvidia'].map(stem => ({words: [word(stem)]})).concat([
				// Punctuation inside a chunk joins its words like a hyphen does.
				{words: [word('near'), word('a')]},
				{words: [word('b')]},
				{words: [word('title'), word('банк')]},
				{words: [word('ставк')]},
				{words: [word('x')]},
			]),
		);
	});

	it('asks for a stem once however many forms are typed', () => {
		expect(clauses(parseQuery('чип чипы ЧИПОВ'))).toEqual([{words: [word('чип')]}]);
	});

	it('reports queries with nothing to search for', () => {
		expect(parseQuery('')).toEqual({problem: {kind: 'empty'}});
		expect(parseQuery('   \t')).toEqual({problem: {kind: 'empty'}});
		expect(parseQuery('"" * !!! «»')).toEqual({problem: {kind: 'no-words'}});
		expect(parseQuery('\u0301')).toEqual({problem: {kind: 'no-words'}});
	});

	it('limits the number of words', () => {
		const many = Array.from({length: maxQueryWords + 1}, (_, index) => `слово${index}`).join(' ');
		expect(parseQuery(many)).toEqual({problem: {kind: 'too-many-words', max: maxQueryWords}});
		expect(queryProblemOf(many.split(' ').slice(1).join(' '))).toBeUndefined();
	});
});
