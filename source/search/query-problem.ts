import {parseQuerySyntax, type SyntaxProblem} from './query-syntax.js';
import {wordPattern} from './word-pattern.js';

/**
 * What makes a query unsearchable, checked without the dictionary so that the argument
 * parser can turn it into a usage error cheaply. Pure.
 */

export type QueryProblem =
	| {kind: 'empty'}
	| {kind: 'no-words'}
	| {kind: 'too-many-words'; max: number}
	/** Bad syntax; `syntax.at` is an offset into the query. */
	| {kind: 'syntax'; syntax: SyntaxProblem};

export const maxQueryWords = 32;

export function queryProblemOf(text: string): QueryProblem | undefined {
	if (text.trim() === '') {
		return {kind: 'empty'};
	}

	const words = text.match(wordPattern())?.length ?? 0;
	if (words > maxQueryWords) {
		return {kind: 'too-many-words', max: maxQueryWords};
	}

	const parsed = parseQuerySyntax(text);
	if ('problem' in parsed) {
		return {kind: 'syntax', syntax: parsed.problem};
	}

	return parsed.root === undefined ? {kind: 'no-words'} : undefined;
}
