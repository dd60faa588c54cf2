import {describe, expect, it} from 'vitest';
import {ftsMatchExpression} from '../../source/search/match-expression.js';
import {parseQuery, type SearchQuery} from '../../source/search/parse-query.js';

function query(text: string): SearchQuery {
	const parsed = parseQuery(text);
	if (!('query' in parsed)) {
		throw new Error(parsed.problem.kind);
	}

	return parsed.query;
}

describe('ftsMatchExpression', () => {
	it('quotes every stem and joins clauses with AND', () => {
		expect(ftsMatchExpression(query('чипами Nvidia'))).toBe('"чип" AND "nvidia"');
	});

	it('joins the words of a phrase with + and marks prefixes with a star', () => {
		expect(ftsMatchExpression(query('"параллельный импорт" банк*'))).toBe('"параллельн" + "импорт" AND "банк"*');
	});

	it('lets no operator through: only quoted stems, AND, + and *', () => {
		const expression = ftsMatchExpression(query('a OR b NOT c NEAR(d) title:e {f} ^g "h" -i'));
		expect(expression).toBe('"a" AND "or" AND "b" AND "not" AND "c" AND "near" + "d" AND "title" + "e" AND "f" AND "g" AND "h" AND "i"');
	});

	it('doubles a quote inside a stem', () => {
		expect(ftsMatchExpression({text: 'x', clauses: [{words: [{kind: 'word', stem: 'a"b'}]}]})).toBe('"a""b"');
	});
});
