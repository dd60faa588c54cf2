import {queryProblemOf, type QueryProblem} from './query-problem.js';
import {parseQuerySyntax, type SyntaxNode} from './query-syntax.js';
import {isUnknownRussianWord, lemmasOfTerm, lemmaSeparator, termOf} from './word-term.js';

/**
 * A search query as the user typed it (see `parseQuerySyntax` for the operators), with each
 * word turned into what it matches: its dictionary lemmas (or stem). Whatever the user types
 * is only ever text: no character of it reaches an engine's own syntax.
 */

/** A word to find: any word sharing one of its lemmas, or (`слово*`) any word with a lemma beginning so. */
export type QueryWord = {kind: 'word'; lemmas: string[]} | {kind: 'prefix'; prefix: string};

/** Words that must stand next to each other, in order, in the title or (unless `titleOnly`) the story. */
export type QueryPhrase = {words: QueryWord[]; titleOnly: boolean};

export type QueryNode =
	| {kind: 'phrase'; phrase: QueryPhrase}
	| {kind: 'and' | 'or'; children: QueryNode[]}
	| {kind: 'not'; child: QueryNode};

export type SearchQuery = {
	text: string;
	root: QueryNode;
	/** The phrases asked for (not excluded): what is ranked and highlighted. */
	wanted: QueryPhrase[];
};

export type ParsedQuery = {query: SearchQuery} | {problem: QueryProblem};

export type QueryOptions = {
	/**
	 * A word the dictionary does not know matches as the start of a lemma: for the reader's
	 * search in a story, typed like less's (`золот` on the way to `золото`). The index
	 * search matches such a word by its stem alone, which keeps it fast.
	 */
	unknownAsPrefix?: boolean;
};

/** What a typed word (folded) asks for. */
export function queryWordOf(text: string, prefix = false, options: QueryOptions = {}): QueryWord {
	if (prefix) {
		return {kind: 'prefix', prefix: text};
	}

	return options.unknownAsPrefix === true && isUnknownRussianWord(text)
		? {kind: 'prefix', prefix: termOf(text)}
		: {kind: 'word', lemmas: lemmasOfTerm(termOf(text))};
}

function queryNodeOf(node: SyntaxNode, wanted: QueryPhrase[], excluded: boolean, options: QueryOptions): QueryNode {
	switch (node.kind) {
		case 'phrase': {
			const phrase: QueryPhrase = {
				titleOnly: node.titleOnly,
				words: node.words.map(word => queryWordOf(word.text, word.prefix, options)),
			};
			if (!excluded) {
				wanted.push(phrase);
			}

			return {kind: 'phrase', phrase};
		}

		case 'not': {
			return {kind: 'not', child: queryNodeOf(node.child, wanted, !excluded, options)};
		}

		default: {
			return {kind: node.kind, children: node.children.map(child => queryNodeOf(child, wanted, excluded, options))};
		}
	}
}

export function parseQuery(text: string, options: QueryOptions = {}): ParsedQuery {
	const problem = queryProblemOf(text);
	const parsed = parseQuerySyntax(text);
	if (problem !== undefined || !('root' in parsed) || parsed.root === undefined) {
		return {problem: problem ?? {kind: 'no-words'}};
	}

	const wanted: QueryPhrase[] = [];
	return {query: {text, root: queryNodeOf(parsed.root, wanted, false, options), wanted}};
}

/** A query given parsed or as text; undefined for text that asks for nothing (see `parseQuery`). */
export function asSearchQuery(query: SearchQuery | string, options: QueryOptions = {}): SearchQuery | undefined {
	if (typeof query !== 'string') {
		return query;
	}

	const parsed = parseQuery(query, options);
	return 'query' in parsed ? parsed.query : undefined;
}

/**
 * Whether a word's term (see `termOf`) matches a query word. Called for every word of every
 * issue shown, so it first tries the cheap tests (a plain term is one lemma) and splits an
 * ambiguous term only when it may hold the lemma.
 */
export function termMatches(term: string, word: QueryWord): boolean {
	const ambiguous = term.includes(lemmaSeparator);
	if (word.kind === 'prefix') {
		return term.startsWith(word.prefix) || (ambiguous && lemmasOfTerm(term).some(lemma => lemma.startsWith(word.prefix)));
	}

	for (const lemma of word.lemmas) {
		if (term === lemma || (ambiguous && term.includes(lemma) && lemmasOfTerm(term).includes(lemma))) {
			return true;
		}
	}

	return false;
}
