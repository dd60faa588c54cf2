import {queryProblemOf, type QueryProblem} from './query-problem.js';
import {tokenize} from './tokenize.js';

/**
 * A search query as the user typed it, turned into words to match. Pure. Whatever the user
 * types is only ever text: no character of it reaches the engine's own syntax (see
 * `ftsMatchExpression`), so `OR`, `NEAR`, `-`, `(` or `:` are searched as (or dropped like)
 * any other punctuation.
 */

/** A word to find: by its stem, or (`слово*`) every word whose stem begins with that stem. */
export type QueryWord = {kind: 'word' | 'prefix'; stem: string};

/** Words that must stand next to each other, in order; a single word is the common case. */
export type QueryClause = {words: QueryWord[]};

/** An issue matches when it has every clause, in its title or its story. */
export type SearchQuery = {text: string; clauses: QueryClause[]};

export type ParsedQuery = {query: SearchQuery} | {problem: QueryProblem};

// Straight and typographic quotes, as people paste them from Russian text.
const quoteCharacters = new Set(['"', '«', '»', '„', '“', '”']);

/** Splits the text into chunks: quoted phrases whole, the rest at white space. */
function chunksOf(text: string): string[] {
	const chunks: string[] = [];
	let current = '';
	let quoted = false;
	const flush = () => {
		if (current !== '') {
			chunks.push(current);
		}

		current = '';
	};

	for (const character of text) {
		if (quoteCharacters.has(character)) {
			flush();
			quoted = !quoted;
		} else if (!quoted && /\s/u.test(character)) {
			flush();
		} else {
			current += character;
		}
	}

	// An unclosed quote runs to the end of the query rather than failing it.
	flush();
	return chunks;
}

/** The words of one chunk; a `*` right after a word makes it a prefix. */
function clauseOf(chunk: string): QueryClause {
	return {
		words: tokenize(chunk).map(token => ({kind: chunk[token.end] === '*' ? 'prefix' : 'word', stem: token.stem})),
	};
}

function clauseKey(clause: QueryClause): string {
	return clause.words.map(word => `${word.kind}:${word.stem}`).join(' ');
}

export function parseQuery(text: string): ParsedQuery {
	const problem = queryProblemOf(text);
	if (problem !== undefined) {
		return {problem};
	}

	const clauses: QueryClause[] = [];
	const seen = new Set<string>();
	for (const clause of chunksOf(text).map(chunk => clauseOf(chunk))) {
		const key = clauseKey(clause);
		// "чип чипы" asks for one stem twice; once is the same question.
		if (clause.words.length > 0 && !seen.has(key)) {
			seen.add(key);
			clauses.push(clause);
		}
	}

	return {query: {text, clauses}};
}

/** A query given parsed or as text; undefined for text that asks for nothing (see `parseQuery`). */
export function asSearchQuery(query: SearchQuery | string): SearchQuery | undefined {
	if (typeof query !== 'string') {
		return query;
	}

	const parsed = parseQuery(query);
	return 'query' in parsed ? parsed.query : undefined;
}
