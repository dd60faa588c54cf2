import {queryProblemOf, type QueryProblem} from './query-problem.js';
import {parseQuerySyntax, type SyntaxNode} from './query-syntax.js';
import {isUnknownRussianWord, lemmasOfTerm, termOf} from './word-term.js';

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

/** What a typed word (folded) asks for. */
export function queryWordOf(text: string, prefix = false): QueryWord {
	if (prefix) {
		return {kind: 'prefix', prefix: text};
	}

	// A word the dictionary does not know is matched by its stem, as the start of a lemma.
	return isUnknownRussianWord(text) ? {kind: 'prefix', prefix: termOf(text)} : {kind: 'word', lemmas: lemmasOfTerm(termOf(text))};
}

function queryNodeOf(node: SyntaxNode, wanted: QueryPhrase[], excluded: boolean): QueryNode {
	switch (node.kind) {
		case 'phrase': {
			const phrase: QueryPhrase = {
				titleOnly: node.titleOnly,
				words: node.words.map(word => queryWordOf(word.text, word.prefix)),
			};
			if (!excluded) {
				wanted.push(phrase);
			}

			return {kind: 'phrase', phrase};
		}

		case 'not': {
			return {kind: 'not', child: queryNodeOf(node.child, wanted, !excluded)};
		}

		default: {
			return {kind: node.kind, children: node.children.map(child => queryNodeOf(child, wanted, excluded))};
		}
	}
}

export function parseQuery(text: string): ParsedQuery {
	const problem = queryProblemOf(text);
	if (problem !== undefined) {
		return {problem};
	}

	const parsed = parseQuerySyntax(text);
	// queryProblemOf has seen to it that there is a tree.
	const root = 'root' in parsed ? parsed.root! : undefined!;
	const wanted: QueryPhrase[] = [];
	return {query: {text, root: queryNodeOf(root, wanted, false), wanted}};
}

/** A query given parsed or as text; undefined for text that asks for nothing (see `parseQuery`). */
export function asSearchQuery(query: SearchQuery | string): SearchQuery | undefined {
	if (typeof query !== 'string') {
		return query;
	}

	const parsed = parseQuery(query);
	return 'query' in parsed ? parsed.query : undefined;
}

/** Whether a word's term (see `termOf`) matches a query word. */
export function termMatches(term: string, word: QueryWord): boolean {
	const lemmas = lemmasOfTerm(term);
	return word.kind === 'prefix'
		? lemmas.some(lemma => lemma.startsWith(word.prefix))
		: lemmas.some(lemma => word.lemmas.includes(lemma));
}
