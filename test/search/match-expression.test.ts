import {describe, expect, it} from 'vitest';
import {ftsMatchExpression, type TermExpander} from '../../source/search/match-expression.js';
import {parseQuery, type SearchQuery} from '../../source/search/parse-query.js';

function query(text: string): SearchQuery {
	const parsed = parseQuery(text);
	if (!('query' in parsed)) {
		throw new Error(`not a query: ${text}`);
	}

	return parsed.query;
}

/** Each lemma stands for itself, and `сталь` also for the ambiguous `сталь·стать`. */
const expand: TermExpander = word => word.kind === 'prefix'
	? {terms: [], prefixes: [word.prefix]}
	: {terms: word.lemmas.flatMap(lemma => lemma === 'сталь' ? [lemma, 'сталь·стать'] : [lemma]), prefixes: []};

describe('ftsMatchExpression', () => {
	it('quotes every term and joins words with AND', () => {
		expect(ftsMatchExpression(query('чипы nvidia').root, expand)).toBe('(("чип") AND ("nvidia"))');
	});

	it('asks for every term a word can be, and every spelling of a phrase', () => {
		expect(ftsMatchExpression(query('сталь').root, expand)).toBe('("сталь" OR "сталь·стать")');
		expect(ftsMatchExpression(query('"сталь рын*"').root, expand)).toBe('("сталь" + "рын"* OR "сталь·стать" + "рын"*)');
	});

	it('writes OR, NOT with its left side, and title: as a column filter', () => {
		expect(ftsMatchExpression(query('золото OR чип').root, expand)).toBe('(("золото") OR ("чип"))');
		expect(ftsMatchExpression(query('золото -слиток NOT нефть').root, expand)).toBe('(("золото")) NOT ("слиток") NOT ("нефть")');
		expect(ftsMatchExpression(query('title:(золото OR чип)').root, expand)).toBe('(title : ("золото") OR title : ("чип"))');
	});

	it('lets no operator the user typed through: only quoted terms', () => {
		const expression = ftsMatchExpression(query('NEAR(чип nvidia, 2) {title}: x ^чип "a""b"').root, expand);
		expect(expression.replaceAll(/"(?:[^"]|"")*"/gu, '')).toMatch(/^[()\sANDORNOT+*]*$/u);
	});

	it('doubles a quote inside a term', () => {
		const odd: TermExpander = () => ({terms: ['a"b'], prefixes: []});
		expect(ftsMatchExpression(query('x').root, odd)).toBe('("a""b")');
	});
});
